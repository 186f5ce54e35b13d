package vn.dvk.support;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a program outside the JVM (Chromium, PostgreSQL) are skipped on a machine without
 * it, unless the system property {@code dvk.require.<tool>=true} is set, as {@code .ci/run} does:
 * then a missing tool fails the test, so CI can never skip it silently.
 */
public final class ExternalTool {

  private ExternalTool() {}

  public static void assumeAvailable(String tool, boolean available, String whatIsMissing) {
    if (available) {
      return;
    }
    if (required(tool)) {
      fail(tool + " is required (dvk.require." + tool + "=true) but missing: " + whatIsMissing);
    }
    Assumptions.abort(tool + " not available, test skipped: " + whatIsMissing);
  }

  /** Whether this run must not skip the tests that need the tool. */
  public static boolean required(String tool) {
    return Boolean.getBoolean("dvk.require." + tool);
  }
}
