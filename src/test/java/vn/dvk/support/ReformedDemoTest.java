package vn.dvk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the demo as a commission sees it today: the three old provinces merged
 * into the new Tỉnh Lâm Đồng on 1 July 2025 by the demo's restructure plan, and the years after. It
 * has a database of its own (the shared one keeps the demo before the reform, where most tests
 * act): in-memory H2, or {@code DVK_REFORMED_DATASOURCE_URL} on PostgreSQL in {@code .ci/run};
 * started once for every class so annotated, on a random port for the browser's tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=${DVK_REFORMED_DATASOURCE_URL:jdbc:h2:mem:reformed;MODE=PostgreSQL;"
          + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
      "dvk.demo.reform=true"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag("integration")
public @interface ReformedDemoTest {}
