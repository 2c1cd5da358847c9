package io.matchday.models;

import java.util.List;

/** Weighted averages of probability forecasts, with weights on the simplex fitted by log loss. */
final class LinearPool {

    private LinearPool() {
    }

    static double[] combine(double[][] forecasts, double[] weights) {
        double[] p = new double[3];
        for (int k = 0; k < forecasts.length; k++) {
            for (int c = 0; c < 3; c++) {
                p[c] += weights[k] * forecasts[k][c];
            }
        }
        p[2] = 1 - p[0] - p[1];
        return p;
    }

    /**
     * The weights on the simplex that maximise the hold-out log-likelihood of the pool, plus a prior
     * {@code anchor · n · log w₀} (n hold-out matches) that pulls the first member (the market) towards weight 1:
     * a Dirichlet prior, as if that member alone had forecast {@code anchor · n} more matches perfectly. The objective is concave in the weights, so it has one
     * optimum, which the EM iteration for mixture weights reaches monotonically; it stops when no weight moves by
     * more than 1e-12. A converged fit, unlike a gradient method stopped early, does not jump when its inputs move
     * in the last digits.
     */
    static double[] fit(List<double[][]> rows, List<Integer> outcomes, double anchor) {
        int k = rows.get(0).length;
        int n = rows.size();
        double[] w = new double[k];
        java.util.Arrays.fill(w, 1.0 / k);
        double prior = anchor * n;
        for (int iteration = 0; iteration < 100_000; iteration++) {
            double[] next = new double[k];
            for (int i = 0; i < n; i++) {
                double[][] p = rows.get(i);
                int y = outcomes.get(i);
                double q = 0;
                for (int j = 0; j < k; j++) {
                    q += w[j] * p[j][y];
                }
                q = Math.max(q, 1e-300);
                for (int j = 0; j < k; j++) {
                    next[j] += w[j] * p[j][y] / q;
                }
            }
            next[0] += prior;
            double change = 0;
            for (int j = 0; j < k; j++) {
                next[j] /= n + prior;
                change = Math.max(change, Math.abs(next[j] - w[j]));
            }
            w = next;
            if (change <= 1e-12) {
                break;
            }
        }
        return w;
    }
}
