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

    /**
     * ξ tuned by walk-forward RPS on E0 2014-15..2018-19, before the default test seasons
     * ({@code matchday tune dixon-coles xi --values 0.001,0.0015,0.0019,0.0025,0.003}: 0.0019 best).
     */
    public static final DixonColesConfig DEFAULT = new DixonColesConfig(0.0019, 1400, 10, 0.002);
}
