package io.matchday.features;

/** The update rules of Elo and pi-ratings, as pure functions. */
final class RatingRules {

    private RatingRules() {
    }

    /** Expected score of the home side (1 win, ½ draw) from the rating gap. */
    static double eloExpectation(double home, double away, EloConfig config) {
        return 1 / (1 + Math.pow(10, -(home + config.homeAdvantage() - away) / 400));
    }

    /** Rating change of the home side; the away side changes by the negative. */
    static double eloChange(double home, double away, int homeGoals, int awayGoals, EloConfig config) {
        double actual = homeGoals > awayGoals ? 1 : homeGoals == awayGoals ? 0.5 : 0;
        double expected = eloExpectation(home, away, config);
        double multiplier = 1;
        if (config.goalDifference() && homeGoals != awayGoals) {
            int margin = Math.abs(homeGoals - awayGoals);
            double winnerGap = homeGoals > awayGoals ? home + config.homeAdvantage() - away : away - home - config.homeAdvantage();
            multiplier = Math.log(margin + 1) * 2.2 / (winnerGap * 0.001 + 2.2);
        }
        return config.k() * multiplier * (actual - expected);
    }

    /** A pi-rating in goals: {@code sign(r)·(10^{|r|/3} − 1)}. */
    static double piGoals(double rating) {
        return Math.signum(rating) * (Math.pow(10, Math.abs(rating) / 3) - 1);
    }

    /** Expected goal difference (home minus away) from the home side's home and the away side's away rating. */
    static double piExpectedGoalDifference(double homeRatingAtHome, double awayRatingAway) {
        return piGoals(homeRatingAtHome) - piGoals(awayRatingAway);
    }

    /** The error term ψ of Constantinou &amp; Fenton: {@code 3·log10(1+|e|)} with e's sign. */
    static double piError(double observedGoalDifference, double expectedGoalDifference) {
        double e = observedGoalDifference - expectedGoalDifference;
        return Math.signum(e) * 3 * Math.log10(1 + Math.abs(e));
    }
}
