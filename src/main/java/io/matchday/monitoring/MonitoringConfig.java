package io.matchday.monitoring;

/**
 * Windows and thresholds of monitoring.
 *
 * @param window            settled matches in the current window of drift checks
 * @param reference         matches before it that form the reference when there are too few earlier seasons
 * @param referenceSeasons  earlier seasons whose same phase forms the reference (0: always the matches before)
 * @param alpha             significance level of the per-feature drift tests
 * @param driftShare        share of drifted features from which the whole data set counts as drifted
 * @param performanceWindow most recent settled matches (since training) the rolling metrics cover
 * @param minSettled        settled matches since training needed before performance is judged
 * @param rpsDegradation    rolling RPS worse than the validation RPS by more than this is degraded
 * @param marketGap         rolling RPS worse than the market's on the same matches by more than this is degraded
 * @param missingPrices     share of current-window matches without closing prices that is a data-quality alert
 */
public record MonitoringConfig(int window, int reference, int referenceSeasons, double alpha, double driftShare,
                               int performanceWindow, int minSettled, double rpsDegradation, double marketGap,
                               double missingPrices) {

    public static final MonitoringConfig DEFAULTS = new MonitoringConfig(100, 380, 5, 0.01, 0.5, 50, 30, 0.01, 0.02, 0.2);

    public MonitoringConfig {
        if (window < 10 || reference < 10) {
            throw new IllegalArgumentException("drift windows need at least 10 matches each");
        }
        if (referenceSeasons < 0) {
            throw new IllegalArgumentException("reference seasons cannot be negative");
        }
        if (performanceWindow < 1 || minSettled < 1) {
            throw new IllegalArgumentException("performance windows need at least one match");
        }
    }
}
