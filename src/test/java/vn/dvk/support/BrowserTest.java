package vn.dvk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application in a real browser: the app on a random port, and a fresh headless
 * Chromium for each test, given to any test or {@code @BeforeEach} method that takes a {@link
 * Browser} and quit after the test. On a machine without Chromium the class is skipped before the
 * application starts (or fails, with {@code dvk.require.browser=true}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("integration")
@Tag("browser")
@ExtendWith(Chromium.class)
public @interface BrowserTest {}
