package vn.dvk.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Unit codes no other test uses, so that tests sharing one database never collide. */
public final class TestUnits {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

  private TestUnits() {}

  public static String code(String prefix) {
    return "T" + RUN + "." + prefix + SEQUENCE.incrementAndGet();
  }
}
