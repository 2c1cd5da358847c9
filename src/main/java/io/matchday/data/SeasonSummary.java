package io.matchday.data;

import java.time.LocalDate;

/** Stored matches and quarantined rows of one division and season. */
public record SeasonSummary(Division division, Season season, int matches, int quarantined, int teams,
                            LocalDate firstMatch, LocalDate lastMatch) {
}
