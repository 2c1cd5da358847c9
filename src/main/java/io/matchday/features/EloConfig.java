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
    /**
     * k tuned by walk-forward RPS on E0 2014-15..2018-19, before the default test seasons
     * ({@code matchday tune elo k --values 10,15,20,25,30}: 15 best; home advantage flat between 50 and 90).
     */
    public static final EloConfig DEFAULT = new EloConfig(15, 70, true, 0.2);
}
