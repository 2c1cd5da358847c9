package io.matchday.models;

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

    /** ξ tuned on E0 seasons before 2019-20 (see README); the others are conventional. */
    public static final DixonColesConfig DEFAULT = new DixonColesConfig(0.0019, 1400, 10, 0.002);
}
