package io.matchday.evaluation;

import java.util.List;

/**
 * Mean scores of a set of forecasts. {@code ece} is the expected calibration error: for each
 * outcome, forecasts fall into ten equal-width probability bins and the gap between mean forecast
 * and observed frequency is weighted by bin size; the three outcomes' errors are averaged.
 */
public record Evaluation(int matches, double rps, double brier, double logLoss, double accuracy, double ece) {

    public static final int CALIBRATION_BINS = 10;

    public static Evaluation of(List<Scored> scored) {
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("nothing to evaluate");
        }
        double rps = 0;
        double brier = 0;
        double logLoss = 0;
        double miss = 0;
        for (Scored s : scored) {
            rps += ScoringRule.RPS.score(s.probabilities(), s.outcome());
            brier += ScoringRule.BRIER.score(s.probabilities(), s.outcome());
            logLoss += ScoringRule.LOG_LOSS.score(s.probabilities(), s.outcome());
            miss += ScoringRule.MISS.score(s.probabilities(), s.outcome());
        }
        int n = scored.size();
        return new Evaluation(n, rps / n, brier / n, logLoss / n, 1 - miss / n, calibrationError(scored));
    }

    static double calibrationError(List<Scored> scored) {
        double total = 0;
        for (int k = 0; k < 3; k++) {
            double[] forecastSum = new double[CALIBRATION_BINS];
            double[] hits = new double[CALIBRATION_BINS];
            int[] count = new int[CALIBRATION_BINS];
            for (Scored s : scored) {
                double p = s.probabilities()[k];
                int bin = Math.min(CALIBRATION_BINS - 1, (int) (p * CALIBRATION_BINS));
                forecastSum[bin] += p;
                hits[bin] += s.outcome().ordinal() == k ? 1 : 0;
                count[bin]++;
            }
            double ece = 0;
            for (int b = 0; b < CALIBRATION_BINS; b++) {
                if (count[b] > 0) {
                    ece += count[b] * Math.abs(forecastSum[b] / count[b] - hits[b] / count[b]);
                }
            }
            total += ece / scored.size();
        }
        return total / 3;
    }
}
