package io.matchday.data;

/** Over/under prices on total goals (football-data carries the 2.5 line); either may be absent. */
public record TotalGoalsPrices(String bookmaker, boolean closing, double line, Double over, Double under) {
}
