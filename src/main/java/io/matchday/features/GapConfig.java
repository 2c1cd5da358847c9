package io.matchday.features;

/**
 * Generalised attacking performance (GAP) ratings, Wheatcroft (2020): for goals, shots, shots on
 * target and corners, each team has an attacking and a defensive rating at home and away, in units
 * of the statistic. A match's expected count for the home side is the mean of its home attack and
 * the visitor's away defence; after the match every rating moves towards what was seen.
 *
 * @param learningRate λ, the share of the error by which the ratings move
 * @param homeShare φ_H, how much of a home side's change goes to its home ratings (the rest to its away ratings)
 * @param awayShare φ_A, how much of an away side's change goes to its away ratings
 */
public record GapConfig(double learningRate, double homeShare, double awayShare) {

    /** From {@code hyperparameters.properties}, which records how they were tuned. */
    public static final GapConfig DEFAULT = new GapConfig(
            Hyperparameters.defaults().number("gap.learning_rate"),
            Hyperparameters.defaults().number("gap.home_share"),
            Hyperparameters.defaults().number("gap.away_share"));

    /** Goals, shots, shots on target, corners: the statistics rated, in feature order. */
    static final String[] STATS = {"goals", "shots", "sot", "corners"};
    /** Typical home and away counts, the ratings of a team nothing is known about. */
    static final double[] HOME_PRIORS = {1.50, 13.5, 5.0, 5.8};
    static final double[] AWAY_PRIORS = {1.15, 10.5, 3.9, 4.6};
    /** Ratings per team and statistic: home attack, home defence, away attack, away defence. */
    static final int PER_STAT = 4;

    public GapConfig {
        if (!(learningRate > 0 && learningRate < 1) || !(homeShare >= 0 && homeShare <= 1)
                || !(awayShare >= 0 && awayShare <= 1)) {
            throw new IllegalArgumentException("GAP needs 0 < λ < 1 and shares in [0, 1], not " + this);
        }
    }

    static double[] initial() {
        double[] r = new double[STATS.length * PER_STAT];
        for (int s = 0; s < STATS.length; s++) {
            r[s * PER_STAT] = HOME_PRIORS[s];        // scored at home
            r[s * PER_STAT + 1] = AWAY_PRIORS[s];    // conceded at home
            r[s * PER_STAT + 2] = AWAY_PRIORS[s];    // scored away
            r[s * PER_STAT + 3] = HOME_PRIORS[s];    // conceded away
        }
        return r;
    }

    /** Expected home count of statistic {@code s}: home side's home attack with the visitor's away defence. */
    static double expectedHome(double[] home, double[] away, int s) {
        return (home[s * PER_STAT] + away[s * PER_STAT + 3]) / 2;
    }

    static double expectedAway(double[] home, double[] away, int s) {
        return (away[s * PER_STAT + 2] + home[s * PER_STAT + 1]) / 2;
    }

    /** Moves both sides' ratings of statistic {@code s} after a match with counts {@code h} and {@code a}. */
    void update(double[] home, double[] away, int s, double h, double a) {
        double homeError = h - expectedHome(home, away, s);
        double awayError = a - expectedAway(home, away, s);
        int o = s * PER_STAT;
        move(home, o, homeError, homeShare);           // home attack: what the home side made
        move(home, o + 1, awayError, homeShare);       // home defence: what it allowed
        move(away, o + 2, awayError, awayShare);
        move(away, o + 3, homeError, awayShare);
    }

    /** The venue played gets share φ of the change, the other venue 1 − φ; ratings stay ≥ 0. */
    private void move(double[] ratings, int venueSlot, double error, double share) {
        int other = venueSlot % PER_STAT < 2 ? venueSlot + 2 : venueSlot - 2;
        ratings[venueSlot] = Math.max(0, ratings[venueSlot] + learningRate * share * error);
        ratings[other] = Math.max(0, ratings[other] + learningRate * (1 - share) * error);
    }

    public static java.util.List<String> featureNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String s : STATS) {
            names.add("gap_" + s + "_home");
            names.add("gap_" + s + "_away");
        }
        return names;
    }
}
