package io.matchday.monitoring;

/**
 * One feature's drift between the reference and the current window.
 *
 * @param test        the deciding test: {@code ks} or {@code chi-square}
 * @param statistic   the test's statistic
 * @param pValue      its p-value; the feature drifts when it is below the configured alpha
 * @param distance    Wasserstein-1 in reference standard deviations (numeric) or Jensen–Shannon distance (categorical)
 * @param psi         population stability index
 * @param histogram   both windows' shares over the reference deciles (numeric) or the categories; null in runs
 *                    recorded before it was kept
 */
public record FeatureDrift(String feature, Kind kind, String test, double statistic, double pValue, double distance,
                           double psi, boolean drifted, int referenceSize, int currentSize, Histogram histogram) {

    public enum Kind { NUMERIC, CATEGORICAL }

    /** Shares of each window per bin; {@code bins} names the bins (a range of values, or a category). */
    public record Histogram(java.util.List<String> bins, double[] reference, double[] current) {
    }
}
