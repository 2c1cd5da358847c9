package io.matchday.evaluation;

import java.util.Locale;

/**
 * An anytime-valid comparison of two forecasters on the same matches, fed one paired score difference at a time:
 * challenger minus champion, each score in [0, 1] (RPS, say), so a difference lies in [−1, 1] and a negative mean
 * favours the challenger. As in Choe & Ramdas (2023), "Comparing sequential forecasters", the mean difference gets a
 * confidence sequence: a band that holds at every sample size at once with probability 1 − α, so it may be looked at
 * after every match, and acted on whenever it says so, without inflating false promotions the way a repeated
 * fixed-sample test does.
 *
 * <p>The sequence is the betting one of Waudby-Smith & Ramdas (2023), "Estimating means of bounded random variables by
 * betting": for each candidate mean m on a grid, a bettor stakes a predictable fraction of its wealth on the next
 * difference lying above m and another on it lying below (aGRAPA stakes, from the running mean and variance, capped at
 * 3/4 of what the range allows); each wealth is a nonnegative martingale when m is the true mean, so by Ville's
 * inequality their average ever reaches 1/α with probability at most α. The band is every m not yet rejected. The
 * e-value is that average wealth at m = 0: the evidence against "the two forecast equally well". The challenger is
 * promoted once the whole band lies below zero, and the champion kept once it lies above.
 *
 * <p>A constant zero difference (an A/A comparison of identical forecasts) never stakes at m = 0 and keeps the
 * e-value at 1. Not thread-safe: one comparison per stream of pairs.
 */
public final class SequentialComparison {

    private static final double MAX_STAKE = 0.75;
    /** Candidate means: fine near zero, where decisions are made, coarse out to the range's ends. */
    private static final double[] GRID = grid();

    private final double alpha;
    private final double[] logUp = new double[GRID.length];
    private final double[] logDown = new double[GRID.length];
    private int n;
    private double sum;
    private double sumSquares;

    /** @param alpha the error allowed: the band's miscoverage, and the e-value's threshold 1/α */
    public SequentialComparison(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie in (0, 1), got " + alpha);
        }
        this.alpha = alpha;
    }

    private static double[] grid() {
        java.util.List<Double> points = new java.util.ArrayList<>();
        for (int i = -49; i <= -10; i++) {
            points.add(i * 0.02);
        }
        for (int i = -99; i <= -26; i++) {
            points.add(i * 0.002);
        }
        for (int i = -250; i <= 250; i++) {
            points.add(i * 0.0002);
        }
        for (int i = 26; i <= 99; i++) {
            points.add(i * 0.002);
        }
        for (int i = 10; i <= 49; i++) {
            points.add(i * 0.02);
        }
        return points.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Adds the next settled pair's difference (challenger's score minus champion's). */
    public void add(double difference) {
        if (!(difference >= -1 && difference <= 1)) {
            throw new IllegalArgumentException("a paired difference of scores in [0, 1] lies in [-1, 1], got " + difference);
        }
        // Stakes are predictable: the running mean and second moment of the pairs before this one, each with a prior
        // pseudo-observation (mean 0, second moment 1/4) so the first stakes are small.
        double mean = sum / (n + 1);
        double second = (0.25 + sumSquares) / (n + 1);
        for (int j = 0; j < GRID.length; j++) {
            double m = GRID[j];
            double spread = Math.max(second - 2 * m * mean + m * m, 1e-6);
            double edge = mean - m;
            double up = Math.min(Math.max(edge / spread, 0), MAX_STAKE / (1 + m));
            double down = Math.min(Math.max(-edge / spread, 0), MAX_STAKE / (1 - m));
            logUp[j] += Math.log1p(up * (difference - m));
            logDown[j] += Math.log1p(down * (m - difference));
        }
        n++;
        sum += difference;
        sumSquares += difference * difference;
    }

    public int pairs() {
        return n;
    }

    /** What the pairs so far say. */
    public Result result() {
        if (n == 0) {
            return new Result(0, Double.NaN, -1, 1, 1, Decision.COLLECTING, Double.NaN, Double.NaN);
        }
        double threshold = Math.log(1 / alpha);
        double low = Double.NaN;
        double high = Double.NaN;
        for (int j = 0; j < GRID.length; j++) {
            if (logWealth(j) < threshold) {
                low = Double.isNaN(low) ? GRID[j] : low;
                high = GRID[j];
            }
        }
        double mean = sum / n;
        if (Double.isNaN(low)) {
            // Every grid point rejected (a mean between grid points): the band is that point.
            low = mean;
            high = mean;
        }
        double eValue = Math.exp(logWealth(zero()));
        Decision decision = high < 0 ? Decision.PROMOTE : low > 0 ? Decision.KEEP_CHAMPION : Decision.COLLECTING;
        double se = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sumSquares - n * mean * mean) / (n - 1)) / n);
        return new Result(n, mean, low, high, eValue, decision, mean - 1.96 * se, mean + 1.96 * se);
    }

    /** log of the hedged wealth ½ K⁺ + ½ K⁻ at grid point j. */
    private double logWealth(int j) {
        double a = logUp[j];
        double b = logDown[j];
        double max = Math.max(a, b);
        return max + Math.log(0.5 * Math.exp(a - max) + 0.5 * Math.exp(b - max));
    }

    private static int zero() {
        for (int j = 0; j < GRID.length; j++) {
            if (Math.abs(GRID[j]) < 1e-12) {
                return j;
            }
        }
        throw new IllegalStateException("the grid holds zero");
    }

    /** What to do with the challenger. */
    public enum Decision {
        /** The band holds zero: keep shadowing. */
        COLLECTING("collecting"),
        /** The whole band lies below zero: the challenger is better, with the error the comparison allows. */
        PROMOTE("promote"),
        /** The whole band lies above zero: the challenger is worse. */
        KEEP_CHAMPION("keep champion");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The comparison so far: the mean difference with its (1 − α) confidence sequence {@code [low, high]} (valid at any
     * time), the e-value against "equally good", the decision, and beside them for people the fixed-sample
     * Diebold–Mariano interval (mean ± 1.96 standard errors: valid only at a sample size fixed in advance).
     */
    public record Result(int pairs, double meanDifference, double low, double high, double eValue, Decision decision,
                         double fixedLow, double fixedHigh) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d pairs, mean %+.4f, sequence [%+.4f, %+.4f], e %.3g: %s", pairs, meanDifference,
                    low, high, eValue, decision.label());
        }
    }
}
