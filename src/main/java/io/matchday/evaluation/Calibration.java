package io.matchday.evaluation;

import io.matchday.data.Match;
import java.util.ArrayList;
import java.util.List;

/** Reliability of forecasts: how often what was forecast at a probability happened. */
public final class Calibration {

    private Calibration() {
    }

    /**
     * Mean forecast against observed frequency in ten bins, pooled over the three outcomes: points
     * {@code [forecast, observed, count]} of the bins holding at least ten forecasts.
     */
    public static List<double[]> reliability(ModelResult model, List<Match> matches) {
        int bins = Evaluation.CALIBRATION_BINS;
        double[] forecast = new double[bins];
        double[] hits = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < matches.size(); i++) {
            double[] p = model.probabilities()[i];
            for (int k = 0; k < 3; k++) {
                int bin = Math.min(bins - 1, (int) (p[k] * bins));
                forecast[bin] += p[k];
                hits[bin] += matches.get(i).result().ordinal() == k ? 1 : 0;
                count[bin]++;
            }
        }
        List<double[]> points = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (count[b] >= 10) {
                points.add(new double[]{forecast[b] / count[b], hits[b] / count[b], count[b]});
            }
        }
        return points;
    }
}
