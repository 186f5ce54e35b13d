/**
 * The data generator: Bình Thuận as of 2023 with one user per role, loaded on the first start into
 * an empty database (switch: {@code dvk.demo.enabled}).
 */
@ApplicationModule(displayName = "Demo data")
package vn.dvk.demo;

import org.springframework.modulith.ApplicationModule;
