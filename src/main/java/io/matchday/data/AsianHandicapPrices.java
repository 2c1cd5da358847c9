package io.matchday.data;

/** Asian-handicap prices; {@code line} is the home side's handicap, e.g. -0.5. */
public record AsianHandicapPrices(String bookmaker, boolean closing, Double line, Double home, Double away) {
}
