package io.matchday.models;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.matchday.features.Hyperparameters;

/**
 * Dixon–Coles (1997).
 *
 * @param xi time decay per day: a match {@code t} days before the cutoff weighs {@code exp(−ξ t)}
 * @param windowDays matches older than this are left out (their weight is negligible anyway)
 * @param maxGoals scorelines up to this many goals a side make up the grid
 * @param ridge a small L2 pull of attack and defence towards a prior mean, so a team with few matches
 *              in the window does not get an extreme rating; the pull weighs against the (weighted, mean)
 *              log-likelihood, so it matters most for the teams with the fewest matches
 * @param promotedPrior pull the teams new to the division in the window (not in its first season) towards
 *              the promoted teams' own mean attack and defence, fitted jointly, instead of the league average
 * @param levelXi when positive, the league's goal level (the intercept) is re-estimated after the fit with
 *              this faster time decay, the team ratings held: goal levels move faster than team strengths
 *              (E0 2023-24 scored 3.28 a match after 2.85), and a slow decay lags them; 0 leaves the fit alone
 * @param shotWeight the share of each side's Poisson target taken from its shots on target, scaled to goals by
 *              the window's conversion rate: {@code (1 − s)·goals + s·c·shots on target}. Shots on target are a
 *              less noisy measure of how well a side played than its goals; the low-score factor still sees the
 *              real score. 0 fits goals alone (plain Dixon–Coles)
 * @param opennessRidge a further L2 pull of each side's openness, attack − defence, towards the league's: openness
 *              sets how many goals a side's matches have at both ends (the over/under market), and its estimate is
 *              noisier than its spread between sides; its strength, attack + defence, is left to {@code ridge}
 */
public record DixonColesConfig(double xi, int windowDays, int maxGoals, double ridge,
                               // Saved only when set, so artifacts of format version 1 stay byte-identical.
                               @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean promotedPrior,
                               @JsonInclude(JsonInclude.Include.NON_DEFAULT) double levelXi,
                               @JsonInclude(JsonInclude.Include.NON_DEFAULT) double shotWeight,
                               @JsonInclude(JsonInclude.Include.NON_DEFAULT) double opennessRidge) {

    public DixonColesConfig {
        if (!(shotWeight >= 0 && shotWeight <= 1)) {
            throw new IllegalArgumentException("shot weight must be in [0, 1], not " + shotWeight);
        }
        if (!(opennessRidge >= 0)) {
            throw new IllegalArgumentException("openness ridge must be ≥ 0, not " + opennessRidge);
        }
    }

    /** Without the promoted-team prior, a separate goal-level decay or shots. */
    public DixonColesConfig(double xi, int windowDays, int maxGoals, double ridge) {
        this(xi, windowDays, maxGoals, ridge, false, 0, 0, 0);
    }

    // One setting changed, every other kept: a tuning run varies one and must leave the rest as the defaults have them.

    public DixonColesConfig withXi(double decay) {
        return new DixonColesConfig(decay, windowDays, maxGoals, ridge, promotedPrior, levelXi, shotWeight, opennessRidge);
    }

    public DixonColesConfig withRidge(double pull) {
        return new DixonColesConfig(xi, windowDays, maxGoals, pull, promotedPrior, levelXi, shotWeight, opennessRidge);
    }

    public DixonColesConfig withPromotedPrior(boolean prior) {
        return new DixonColesConfig(xi, windowDays, maxGoals, ridge, prior, levelXi, shotWeight, opennessRidge);
    }

    public DixonColesConfig withLevelXi(double decay) {
        return new DixonColesConfig(xi, windowDays, maxGoals, ridge, promotedPrior, decay, shotWeight, opennessRidge);
    }

    public DixonColesConfig withShotWeight(double weight) {
        return new DixonColesConfig(xi, windowDays, maxGoals, ridge, promotedPrior, levelXi, weight, opennessRidge);
    }

    public DixonColesConfig withOpennessRidge(double openness) {
        return new DixonColesConfig(xi, windowDays, maxGoals, ridge, promotedPrior, levelXi, shotWeight, openness);
    }

    /** From {@code hyperparameters.properties}, which records how ξ was tuned. */
    public static final DixonColesConfig DEFAULT = new DixonColesConfig(Hyperparameters.defaults().number("dixon_coles.xi"),
            Hyperparameters.defaults().integer("dixon_coles.window_days"), Hyperparameters.defaults().integer("dixon_coles.max_goals"),
            Hyperparameters.defaults().number("dixon_coles.ridge"),
            Hyperparameters.defaults().bool("dixon_coles.promoted_prior"),
            Hyperparameters.defaults().number("dixon_coles.level_xi"),
            Hyperparameters.defaults().number("dixon_coles.shot_weight"),
            Hyperparameters.defaults().number("dixon_coles.openness_ridge"));
}
