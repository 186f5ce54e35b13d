package vn.dvk.notifications;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder in a unit's inbox: which deadline, before or after it, and whether it was read. */
public record Notification(
    long id,
    String unitCode,
    String step,
    String timing,
    LocalDate deadline,
    Instant createdAt,
    boolean read) {}
