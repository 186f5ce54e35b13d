package vn.dvk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dvk.demo.enabled}: load the demo data into an empty database on start-up. {@code
 * dvk.demo.password}: the password of every demo user (change it outside a demonstration). {@code
 * dvk.demo.reform}: apply the reform of 1 July 2025 and load the years after it (default true);
 * without it the demo stops at the old provinces' first half of 2025.
 */
@ConfigurationProperties("dvk.demo")
record DemoProperties(boolean enabled, String password, Boolean reform) {

  DemoProperties {
    if (password == null || password.isBlank()) {
      password = "demo";
    }
    if (reform == null) {
      reform = true;
    }
  }
}
