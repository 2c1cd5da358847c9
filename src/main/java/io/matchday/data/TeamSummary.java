package io.matchday.data;

import java.util.List;

/** A team as stored for one division, with the spellings the canonicaliser maps onto it. */
public record TeamSummary(Team team, Division division, int matches, Season firstSeason, Season lastSeason,
                          List<String> aliases) {
}
