/**
 * The data generator: Bình Thuận as of 2023 with one user per role, the old Lâm Đồng and Đắk Nông
 * as smaller trees, the nation, and the reform of 1 July 2025 that merges the three into the new
 * Tỉnh Lâm Đồng, with its years 2025 and 2026; loaded on the first start into an empty database
 * (switches: {@code dvk.demo.enabled}, {@code dvk.demo.reform}).
 */
@ApplicationModule(displayName = "Demo data")
package vn.dvk.demo;

import org.springframework.modulith.ApplicationModule;
