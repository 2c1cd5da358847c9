package io.matchday.evaluation;

import java.util.Locale;

/**
 * An anytime-valid comparison of two forecasters on the same matches, fed one paired score difference at a time:
 * challenger minus champion, each in [0, 1] (RPS, say), so a difference lies in [−1, 1] and a negative mean favours
 * the challenger. As in Choe & Ramdas (2023), "Comparing sequential forecasters", it keeps
 * <ul>
 *   <li>the predictable plug-in empirical-Bernstein confidence sequence of Waudby-Smith & Ramdas (2023) for the mean
 *   difference: it holds at every sample size at once with probability 1 − α, so looking every day, and stopping
 *   whenever it says so, does not inflate false promotions the way a repeated fixed-sample test does;</li>
 *   <li>a one-sided e-process against "the challenger is no better" (mean ≥ 0): the wealth of a bettor who stakes a
 *   predictable fraction λ of it on each pair's gain −d (aGRAPA, Waudby-Smith & Ramdas 2023, §B: λ from the running
 *   mean and variance, capped at 3/4). Under that hypothesis it is a nonnegative supermartingale, so by Ville's
 *   inequality it ever reaches 1/α with probability at most α, however often it is looked at.</li>
 * </ul>
 * A constant zero difference (an A/A comparison of identical forecasts) stakes nothing and keeps the e-value at 1.
 * Not thread-safe: one comparison per stream of pairs.
 */
public final class SequentialComparison {

    /** The confidence sequence's bets' cap: Waudby-Smith & Ramdas's 1/2 keeps a single pair from dominating. */
    private static final double MAX_BET = 0.5;
    /** The e-process's stake cap: a pair at the worst possible difference (+1) leaves a quarter of the wealth. */
    private static final double MAX_STAKE = 0.75;

    private final double alpha;
    private int n;
    private double sum;
    private double sumSquares;
    /** Σ (X_i − μ̂_i)², with μ̂_i the plug-in mean after pair i. */
    private double deviations;
    private double meanX = 0.5;
    private double varianceX = 0.25;
    private double sumLambda;
    private double sumLambdaX;
    private double sumPenalty;
    private double logE;
    /** Running mean and second moment of the gains −d, each with a prior pseudo-observation (0 and 1/4). */
    private double gainMean;
    private double gainSecondMoment = 0.25;

    /** @param alpha the error allowed: the sequence's miscoverage, and the e-value's threshold 1/α */
    public SequentialComparison(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie in (0, 1), got " + alpha);
        }
        this.alpha = alpha;
    }

    /** Adds the next settled pair's difference (challenger's score minus champion's). */
    public void add(double difference) {
        if (!(difference >= -1 && difference <= 1)) {
            throw new IllegalArgumentException("a paired difference of scores in [0, 1] lies in [-1, 1], got " + difference);
        }
        double x = (difference + 1) / 2;
        int t = n + 1;
        // Bets are predictable: they use only the pairs before this one.
        double twoSided = bet(Math.log(2 / alpha), t);
        double v = 4 * (x - meanX) * (x - meanX);
        sumLambda += twoSided;
        sumLambdaX += twoSided * x;
        sumPenalty += v * psi(twoSided);
        double gain = -difference;
        double variance = Math.max(gainSecondMoment - gainMean * gainMean, 1e-6);
        double stake = Math.max(0, Math.min(MAX_STAKE, gainMean / (variance + gainMean * gainMean)));
        logE += Math.log1p(stake * gain);
        gainMean += (gain - gainMean) / (t + 1);
        gainSecondMoment += (gain * gain - gainSecondMoment) / (t + 1);
        n = t;
        sum += difference;
        sumSquares += difference * difference;
        // Plug-in mean and variance with a prior pseudo-observation (mean 1/2, variance 1/4), as in the paper.
        double sumX = (sum + n) / 2;
        meanX = (0.5 + sumX) / (t + 1);
        deviations += (x - meanX) * (x - meanX);
        varianceX = (0.25 + deviations) / (t + 1);
    }

    private double bet(double logTerm, int t) {
        return Math.min(Math.sqrt(2 * logTerm / (varianceX * t * Math.log(1 + t))), MAX_BET);
    }

    /** ψ_E(λ) = (−log(1 − λ) − λ) / 4: the empirical-Bernstein penalty. */
    private static double psi(double lambda) {
        return (-Math.log1p(-lambda) - lambda) / 4;
    }

    public int pairs() {
        return n;
    }

    /** What the pairs so far say. */
    public Result result() {
        if (n == 0) {
            return new Result(0, Double.NaN, -1, 1, 1, Decision.COLLECTING, Double.NaN, Double.NaN);
        }
        double centre = sumLambdaX / sumLambda;
        double halfWidth = (Math.log(2 / alpha) + sumPenalty) / sumLambda;
        double low = Math.max(-1, 2 * (centre - halfWidth) - 1);
        double high = Math.min(1, 2 * (centre + halfWidth) - 1);
        double eValue = Math.exp(logE);
        double mean = sum / n;
        Decision decision = eValue >= 1 / alpha ? Decision.PROMOTE : low > 0 ? Decision.KEEP_CHAMPION : Decision.COLLECTING;
        double se = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sumSquares - n * mean * mean) / (n - 1)) / n);
        return new Result(n, mean, low, high, eValue, decision, mean - 1.96 * se, mean + 1.96 * se);
    }

    /** What to do with the challenger. */
    public enum Decision {
        /** Neither bound has been crossed: keep shadowing. */
        COLLECTING("collecting"),
        /** The e-value reached 1/α: the challenger is better, with the error the comparison allows. */
        PROMOTE("promote"),
        /** The whole confidence sequence lies above zero: the challenger is worse. */
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
     * time), the e-value against "no better", the decision, and beside them for people the fixed-sample Diebold–Mariano
     * interval (mean ± 1.96 standard errors: valid only at a sample size fixed in advance).
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
