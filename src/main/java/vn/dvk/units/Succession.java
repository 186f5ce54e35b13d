package vn.dvk.units;

import java.time.LocalDate;

/** A unit merged into another one on a date. */
public record Succession(String predecessorCode, String successorCode, LocalDate effectiveOn) {}
