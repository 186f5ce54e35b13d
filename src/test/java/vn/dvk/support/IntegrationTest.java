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
 * A test of the whole application on its database: in-memory H2 by default, PostgreSQL when {@code
 * SPRING_DATASOURCE_URL} points at one (as the second run of {@code .ci/run} does). The demo data
 * is loaded, once, like on a first start; tests that change data use codes of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag("integration")
public @interface IntegrationTest {}
