package vn.dvk.models;

import java.time.Instant;

/** A consolidated list of approved registrations that a unit sent on to its superior unit. */
public record Forwarding(
    long id,
    String unitCode,
    String unitName,
    int year,
    String note,
    String forwardedBy,
    Instant forwardedAt,
    long registrations) {}
