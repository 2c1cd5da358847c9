package io.matchday.models;

import java.util.List;

/**
 * Multinomial logistic regression (home, draw, away) with an L2 penalty on the slopes, fitted by
 * maximum likelihood. Inputs are standardised with the training means and deviations, which the
 * fitted model keeps, so a forecast applies exactly the transformation it was trained with.
 */
final class SoftmaxRegression {

    static final int CLASSES = 3;

    private final double[] means;
    private final double[] scales;
    private final double[] weights;   // CLASSES × (features + 1), intercept first

    private SoftmaxRegression(double[] means, double[] scales, double[] weights) {
        this.means = means;
        this.scales = scales;
        this.weights = weights;
    }

    static SoftmaxRegression fit(List<double[]> x, int[] outcome, double l2) {
        int n = x.size();
        int d = x.get(0).length;
        double[] means = new double[d];
        double[] scales = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                means[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                scales[j] += (row[j] - means[j]) * (row[j] - means[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scales[j] = scales[j] > 1e-12 ? Math.sqrt(scales[j]) : 1;
        }
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = standardise(x.get(i), means, scales);
        }
        double[] w = Minimizer.minimize(p -> objective(p, z, outcome, l2), new double[CLASSES * (d + 1)], 5000);
        return new SoftmaxRegression(means, scales, w);
    }

    java.util.Map<String, Object> toMap() {
        return java.util.Map.of("means", means, "scales", scales, "weights", weights);
    }

    static SoftmaxRegression fromMap(double[] means, double[] scales, double[] weights) {
        return new SoftmaxRegression(means, scales, weights);
    }

    double[] probabilities(double[] features) {
        return softmax(weights, standardise(features, means, scales));
    }

    private static double[] standardise(double[] row, double[] means, double[] scales) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = (row[j] - means[j]) / scales[j];
        }
        return z;
    }

    private static double[] softmax(double[] w, double[] z) {
        int stride = z.length + 1;
        double[] logits = new double[CLASSES];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < CLASSES; k++) {
            double s = w[k * stride];
            for (int j = 0; j < z.length; j++) {
                s += w[k * stride + 1 + j] * z[j];
            }
            logits[k] = s;
            max = Math.max(max, s);
        }
        double total = 0;
        for (int k = 0; k < CLASSES; k++) {
            logits[k] = Math.exp(logits[k] - max);
            total += logits[k];
        }
        for (int k = 0; k < CLASSES; k++) {
            logits[k] /= total;
        }
        logits[2] = 1 - logits[0] - logits[1];
        return logits;
    }

    /** Mean negative log-likelihood plus the L2 penalty, and its gradient. */
    private static Minimizer.Evaluation objective(double[] w, double[][] z, int[] outcome, double l2) {
        int n = z.length;
        int stride = z[0].length + 1;
        double[] grad = new double[w.length];
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double[] p = softmax(w, z[i]);
            loss -= Math.log(Math.max(p[outcome[i]], 1e-300));
            for (int k = 0; k < CLASSES; k++) {
                double g = (p[k] - (outcome[i] == k ? 1 : 0)) / n;
                grad[k * stride] += g;
                for (int j = 0; j < z[i].length; j++) {
                    grad[k * stride + 1 + j] += g * z[i][j];
                }
            }
        }
        loss /= n;
        for (int k = 0; k < CLASSES; k++) {
            for (int j = 1; j < stride; j++) {
                double v = w[k * stride + j];
                loss += l2 * v * v;
                grad[k * stride + j] += 2 * l2 * v;
            }
        }
        return new Minimizer.Evaluation(loss, grad);
    }
}
