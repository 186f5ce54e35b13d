package vn.dvk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dvk.demo.enabled}: load the demo data into an empty database on start-up. {@code
 * dvk.demo.password}: the password of every demo user (change it outside a demonstration).
 */
@ConfigurationProperties("dvk.demo")
record DemoProperties(boolean enabled, String password) {

  DemoProperties {
    if (password == null || password.isBlank()) {
      password = "demo";
    }
  }
}
