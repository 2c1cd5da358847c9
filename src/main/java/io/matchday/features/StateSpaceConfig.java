package io.matchday.features;

/**
 * Time-varying attack and defence strengths as a state-space model (after Koopman &amp; Lit 2015), filtered
 * match by match. A side's count of a statistic (goals; shots on target) is Poisson with log-rate
 * {@code c + attack − defence of the opponent}, where {@code c} is the league's level at that venue. Every
 * strength is a Gaussian random walk: its variance grows with the days since the team last played
 * and by a season step over the summer, when its mean also moves back towards the league average.
 * A match updates the strengths it involves by one Newton step of the Poisson likelihood on the
 * Gaussian prior — the extended Kalman filter with a diagonal covariance, so a strength that is
 * uncertain (a new or promoted side, a new season) moves more than a settled one.
 *
 * @param dailyVariance   growth of a team strength's variance per day between its matches (at most {@link #MAX_DRIFT_DAYS})
 * @param initialVariance variance of a strength nothing is known about
 * @param seasonCarry     share of a strength kept over the summer (the rest returns to the league average)
 * @param seasonVariance  variance added to every strength over the summer
 * @param levelVariance   growth of the league level's variance per match: how fast scoring and home advantage drift
 */
public record StateSpaceConfig(double dailyVariance, double initialVariance, double seasonCarry, double seasonVariance,
                               double levelVariance) {

    /** From {@code hyperparameters.properties}, which records how they were tuned. */
    public static final StateSpaceConfig DEFAULT = new StateSpaceConfig(
            io.matchday.features.Hyperparameters.defaults().number("state_space.daily_variance"),
            io.matchday.features.Hyperparameters.defaults().number("state_space.initial_variance"),
            io.matchday.features.Hyperparameters.defaults().number("state_space.season_carry"),
            io.matchday.features.Hyperparameters.defaults().number("state_space.season_variance"),
            io.matchday.features.Hyperparameters.defaults().number("state_space.level_variance"));

    /** Goals and shots on target: the statistics filtered, in feature order. */
    static final String[] STATS = {"goals", "sot"};
    /** Typical home and away counts: the league level before any match. */
    static final double[] HOME_PRIORS = {1.50, 5.0};
    static final double[] AWAY_PRIORS = {1.15, 3.9};
    /** Per team and statistic: attack mean, attack variance, defence mean, defence variance. */
    static final int PER_STAT = 4;
    /** Per league and statistic: home level mean and variance, away level mean and variance. */
    static final int LEVEL_PER_STAT = 4;
    /** A longer break (a summer) is the season step's business, not the daily drift's. */
    static final int MAX_DRIFT_DAYS = 30;

    public StateSpaceConfig {
        if (!(dailyVariance >= 0) || !(initialVariance > 0) || !(seasonCarry >= 0 && seasonCarry <= 1)
                || !(seasonVariance >= 0) || !(levelVariance >= 0)) {
            throw new IllegalArgumentException("state-space strengths need variances ≥ 0 (initial > 0) and a carry in [0, 1], not "
                    + this);
        }
    }

    public StateSpaceConfig withDailyVariance(double v) {
        return new StateSpaceConfig(v, initialVariance, seasonCarry, seasonVariance, levelVariance);
    }

    public StateSpaceConfig withInitialVariance(double v) {
        return new StateSpaceConfig(dailyVariance, v, seasonCarry, seasonVariance, levelVariance);
    }

    public StateSpaceConfig withSeasonVariance(double v) {
        return new StateSpaceConfig(dailyVariance, initialVariance, seasonCarry, v, levelVariance);
    }

    double[] initialTeam() {
        double[] t = new double[STATS.length * PER_STAT];
        for (int s = 0; s < STATS.length; s++) {
            t[s * PER_STAT + 1] = initialVariance;
            t[s * PER_STAT + 3] = initialVariance;
        }
        return t;
    }

    static double[] initialLevel() {
        double[] l = new double[STATS.length * LEVEL_PER_STAT];
        for (int s = 0; s < STATS.length; s++) {
            l[s * LEVEL_PER_STAT] = Math.log(HOME_PRIORS[s]);
            l[s * LEVEL_PER_STAT + 1] = 0.01;
            l[s * LEVEL_PER_STAT + 2] = Math.log(AWAY_PRIORS[s]);
            l[s * LEVEL_PER_STAT + 3] = 0.01;
        }
        return l;
    }

    /** Log of the expected home count of statistic {@code s}. */
    static double logHome(double[] level, double[] home, double[] away, int s) {
        return level[s * LEVEL_PER_STAT] + home[s * PER_STAT] - away[s * PER_STAT + 2];
    }

    static double logAway(double[] level, double[] home, double[] away, int s) {
        return level[s * LEVEL_PER_STAT + 2] + away[s * PER_STAT] - home[s * PER_STAT + 2];
    }

    /** Moves each (mean, variance) pair's mean by a draw from N(0, variance); teams and levels alike store pairs. */
    static void draw(double[] pairs, java.util.random.RandomGenerator random) {
        for (int k = 0; k + 1 < pairs.length; k += 2) {
            pairs[k] += Math.sqrt(Math.max(pairs[k + 1], 0)) * random.nextGaussian();
        }
    }

    /** The variance a team's strengths gain over {@code days} without a match. */
    void drift(double[] team, long days) {
        double add = dailyVariance * Math.min(Math.max(days, 0), MAX_DRIFT_DAYS);
        for (int s = 0; s < STATS.length; s++) {
            team[s * PER_STAT + 1] += add;
            team[s * PER_STAT + 3] += add;
        }
    }

    /** Over the summer: means move back to the league average (0) and every variance grows. */
    void newSeason(double[] team) {
        for (int s = 0; s < STATS.length; s++) {
            for (int k : new int[]{s * PER_STAT, s * PER_STAT + 2}) {
                team[k] *= seasonCarry;
                team[k + 1] = seasonCarry * seasonCarry * team[k + 1] + seasonVariance;
            }
        }
    }

    /** Filters statistic {@code s} of one match with counts {@code h} and {@code a}: both sides and the league level. */
    void update(double[] level, double[] home, double[] away, int s, double h, double a) {
        int l = s * LEVEL_PER_STAT;
        int o = s * PER_STAT;
        level[l + 1] += levelVariance;
        level[l + 3] += levelVariance;
        // Both observations use the strengths as they were before the match.
        double etaH = logHome(level, home, away, s);
        double varH = level[l + 1] + home[o + 1] + away[o + 3];
        double etaA = logAway(level, home, away, s);
        double varA = level[l + 3] + away[o + 1] + home[o + 3];
        double[] stepH = step(h, etaH, varH);
        double[] stepA = step(a, etaA, varA);
        // The home count informs the home level (+), the home attack (+) and the away defence (−).
        move(level, l, stepH, 1);
        move(home, o, stepH, 1);
        move(away, o + 2, stepH, -1);
        move(level, l + 2, stepA, 1);
        move(away, o, stepA, 1);
        move(home, o + 2, stepA, -1);
    }

    /**
     * One Newton step of the Poisson log-likelihood on the prior N(eta, variance) of the log-rate: the
     * step per unit of prior variance, and the share of variance each component loses.
     */
    private static double[] step(double count, double eta, double variance) {
        double rate = Math.exp(eta);
        double denominator = 1 + variance * rate;
        return new double[]{(count - rate) / denominator, rate / denominator};
    }

    /** A component with mean at {@code k} and variance at {@code k + 1}, entering the log-rate with {@code sign}. */
    private static void move(double[] state, int k, double[] step, int sign) {
        double v = state[k + 1];
        state[k] += sign * v * step[0];
        state[k + 1] = v - v * v * step[1];
    }

    public static java.util.List<String> featureNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String s : STATS) {
            names.add("ss_" + s + "_home");
            names.add("ss_" + s + "_away");
        }
        return names;
    }
}
