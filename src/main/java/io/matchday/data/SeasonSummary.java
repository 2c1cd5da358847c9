package io.matchday.data;

import java.time.LocalDate;

/**
 * Stored matches, quarantined rows and field issues (auxiliary values stored as absent) of one
 * division and season.
 */
public record SeasonSummary(Division division, Season season, int matches, int quarantined, int fieldIssues, int teams,
                            LocalDate firstMatch, LocalDate lastMatch) {
}
