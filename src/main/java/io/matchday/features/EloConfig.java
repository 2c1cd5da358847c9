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
    /** From {@code hyperparameters.properties}, which records how k and the home advantage were tuned. */
    public static final EloConfig DEFAULT = new EloConfig(Hyperparameters.defaults().number("elo.k"),
            Hyperparameters.defaults().number("elo.home_advantage"), Hyperparameters.defaults().flag("elo.goal_difference"),
            Hyperparameters.defaults().number("elo.season_regression"));
}
