package io.matchday.models;

import io.matchday.Hyperparameters;

/**
 * Dixon–Coles (1997).
 *
 * @param xi time decay per day: a match {@code t} days before the cutoff weighs {@code exp(−ξ t)}
 * @param windowDays matches older than this are left out (their weight is negligible anyway)
 * @param maxGoals scorelines up to this many goals a side make up the grid
 * @param ridge a small L2 pull of attack and defence towards average, so a team with few matches
 *              in the window does not get an extreme rating
 */
public record DixonColesConfig(double xi, int windowDays, int maxGoals, double ridge) {

    /** From {@code hyperparameters.properties}, which records how ξ was tuned. */
    public static final DixonColesConfig DEFAULT = new DixonColesConfig(Hyperparameters.defaults().number("dixon_coles.xi"),
            Hyperparameters.defaults().integer("dixon_coles.window_days"), Hyperparameters.defaults().integer("dixon_coles.max_goals"),
            Hyperparameters.defaults().number("dixon_coles.ridge"));
}
