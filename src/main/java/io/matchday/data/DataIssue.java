package io.matchday.data;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored match's auxiliary value that the source got wrong: the match is kept, this value is
 * stored as absent, and this says where it came from (file, line, column), what it was and why.
 */
public record DataIssue(String sourceUrl, Division division, Season season, int line, LocalDate date, Team home,
                        Team away, String column, String rawValue, String reason, Instant recordedAt) {
}
