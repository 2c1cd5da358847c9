package io.matchday.features;

/**
 * Elo ratings for football.
 *
 * @param k update size per match
 * @param homeAdvantage rating points added to the home side when computing the expectation
 * @param goalDifference scale updates by {@code ln(|gd|+1)}, damped when the favourite wins (FiveThirtyEight's multiplier)
 * @param seasonRegression share of the distance to the league mean removed between seasons
 */
public record EloConfig(double k, double homeAdvantage, boolean goalDifference, double seasonRegression) {

    public static final double INITIAL = 1500;
    /** Tuned on E0 2005-06..2018-19 (seasons before the default test seasons). */
    public static final EloConfig DEFAULT = new EloConfig(20, 70, true, 0.2);
}
