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
     * Weights {@code w = softmax(θ)} minimising mean log loss plus {@code pull · Σθ²}, a gentle
     * pull towards equal weights that keeps the fit stable when components agree closely.
     */
    static double[] fit(List<double[][]> rows, List<Integer> outcomes, double pull) {
        return fit(rows, outcomes, pull, 0);
    }

    /**
     * As above, plus {@code −anchor · log w₀}: a prior that pulls the first member's weight towards 1, as if
     * it had forecast {@code anchor} extra matches perfectly, so the pool departs from it (the market) only as
     * far as the hold-out months clearly pay for. Its gradient does not vanish when w₀ is small.
     */
    static double[] fit(List<double[][]> rows, List<Integer> outcomes, double pull, double anchor) {
        int k = rows.get(0).length;
        double[] theta = Minimizer.minimize(t -> objective(t, rows, outcomes, pull, anchor), new double[k], 5000);
        return softmax(theta);
    }

    private static Minimizer.Evaluation objective(double[] theta, List<double[][]> rows, List<Integer> outcomes, double pull,
                                                  double anchor) {
        double[] w = softmax(theta);
        int k = w.length;
        double[] gw = new double[k];
        double loss = 0;
        for (int i = 0; i < rows.size(); i++) {
            double[][] p = rows.get(i);
            int y = outcomes.get(i);
            double q = 0;
            for (int j = 0; j < k; j++) {
                q += w[j] * p[j][y];
            }
            q = Math.max(q, 1e-12);
            loss -= Math.log(q);
            for (int j = 0; j < k; j++) {
                gw[j] -= p[j][y] / q;
            }
        }
        int n = rows.size();
        loss /= n;
        double[] g = new double[k];
        double dot = 0;
        for (int j = 0; j < k; j++) {
            dot += w[j] * gw[j] / n;
        }
        for (int j = 0; j < k; j++) {
            g[j] = w[j] * (gw[j] / n - dot) + 2 * pull * theta[j];
            loss += pull * theta[j] * theta[j];
            // d(−log w₀)/dθⱼ = wⱼ − δ₀ⱼ
            g[j] += anchor * (w[j] - (j == 0 ? 1 : 0));
        }
        loss -= anchor * Math.log(Math.max(w[0], 1e-300));
        return new Minimizer.Evaluation(loss, g);
    }

    private static double[] softmax(double[] theta) {
        double max = Double.NEGATIVE_INFINITY;
        for (double t : theta) {
            max = Math.max(max, t);
        }
        double[] w = new double[theta.length];
        double sum = 0;
        for (int j = 0; j < theta.length; j++) {
            w[j] = Math.exp(theta[j] - max);
            sum += w[j];
        }
        for (int j = 0; j < theta.length; j++) {
            w[j] /= sum;
        }
        return w;
    }
}
