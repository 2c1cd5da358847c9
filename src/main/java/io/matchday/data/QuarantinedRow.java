package io.matchday.data;

import java.time.Instant;

/** A source row kept aside because it failed validation, with where it came from and why. */
public record QuarantinedRow(String sourceUrl, Division division, Season season, int line, String rawLine,
                             String reason, Instant quarantinedAt) {
}
