package io.matchday.models;

import java.util.Arrays;
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
     * optimum, which the EM iteration for mixture weights climbs to (accelerated); it stops when the mean
     * log-likelihood is provably within 1e-8 of it ({@link #gap}). A converged fit, unlike a gradient method stopped early, does not jump when its inputs move
     * in the last digits.
     */
    static double[] fit(List<double[][]> rows, List<Integer> outcomes, double anchor) {
        return fit(rows, outcomes, anchor, 0);
    }

    /**
     * As {@link #fit(List, List, double)}, with a further symmetric Dirichlet prior {@code spread · n / k · Σ_j log w_j}
     * that pulls the weights towards equal ones: as if every member had forecast {@code spread · n / k} more matches
     * perfectly. Hold-out months are few, and a pool of similar members otherwise swings its weight between them.
     */
    static double[] fit(List<double[][]> rows, List<Integer> outcomes, double anchor, double spread) {
        int k = rows.get(0).length;
        double[] prior = new double[k];
        Arrays.fill(prior, spread * rows.size() / k);
        prior[0] += anchor * rows.size();
        double[] w = new double[k];
        Arrays.fill(w, 1.0 / k);
        // EM accelerated by SQUAREM (Varadhan & Roland 2008): two EM steps give a direction, a step length
        // extrapolates along it, and a plain EM step from there keeps every iterate a valid, better pool.
        for (int iteration = 0; iteration < 10_000; iteration++) {
            double[] w1 = em(rows, outcomes, prior, w);
            double[] w2 = em(rows, outcomes, prior, w1);
            double[] r = new double[k];
            double[] v = new double[k];
            double rr = 0;
            double vv = 0;
            for (int j = 0; j < k; j++) {
                r[j] = w1[j] - w[j];
                v[j] = w2[j] - 2 * w1[j] + w[j];
                rr += r[j] * r[j];
                vv += v[j] * v[j];
            }
            double[] next = w2;
            if (vv > 0) {
                double alpha = -Math.sqrt(rr / vv);
                double[] jump = new double[k];
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    jump[j] = Math.max(0, w[j] - 2 * alpha * r[j] + alpha * alpha * v[j]);
                    sum += jump[j];
                }
                if (sum > 0) {
                    for (int j = 0; j < k; j++) {
                        jump[j] /= sum;
                    }
                    double[] stabilised = em(rows, outcomes, prior, jump);
                    next = logLikelihood(rows, outcomes, prior, stabilised) >= logLikelihood(rows, outcomes, prior, w2)
                            ? stabilised : w2;
                }
            }
            w = next;
            if (gap(rows, outcomes, prior, w) <= 1e-8 * rows.size()) {
                break;
            }
        }
        return w;
    }

    /**
     * How far the objective can still rise: the objective is concave, so it lies below its value plus
     * {@code max_j ∂/∂w_j − Σ_j w_j ∂/∂w_j} (the Frank–Wolfe gap over the simplex). Small steps alone do not mean
     * convergence — EM creeps along flat directions — but a small gap does.
     */
    static double gap(List<double[][]> rows, List<Integer> outcomes, double[] prior, double[] w) {
        int k = w.length;
        double[] g = likelihoodGradient(rows, outcomes, w);
        for (int j = 0; j < k; j++) {
            g[j] += prior[j] / Math.max(w[j], 1e-300);
        }
        double max = Double.NEGATIVE_INFINITY;
        double dot = 0;
        for (int j = 0; j < k; j++) {
            max = Math.max(max, g[j]);
            dot += w[j] * g[j];
        }
        return max - dot;
    }

    /** One EM step for the mixture weights, with the priors' pseudo-counts. */
    private static double[] em(List<double[][]> rows, List<Integer> outcomes, double[] prior, double[] w) {
        double[] g = likelihoodGradient(rows, outcomes, w);
        double[] next = new double[w.length];
        double total = rows.size() + Arrays.stream(prior).sum();
        for (int j = 0; j < w.length; j++) {
            next[j] = (w[j] * g[j] + prior[j]) / total;
        }
        return next;
    }

    /** ∂/∂w_j of the pool's hold-out log-likelihood: Σ_i p_ij(y_i) / q_i, where q_i is the pool's probability. */
    private static double[] likelihoodGradient(List<double[][]> rows, List<Integer> outcomes, double[] w) {
        int k = w.length;
        double[] g = new double[k];
        for (int i = 0; i < rows.size(); i++) {
            double[][] p = rows.get(i);
            int y = outcomes.get(i);
            double q = 0;
            for (int j = 0; j < k; j++) {
                q += w[j] * p[j][y];
            }
            q = Math.max(q, 1e-300);
            for (int j = 0; j < k; j++) {
                g[j] += p[j][y] / q;
            }
        }
        return g;
    }

    /** The objective EM climbs: the pool's hold-out log-likelihood plus the anchor's prior. */
    private static double logLikelihood(List<double[][]> rows, List<Integer> outcomes, double[] prior, double[] w) {
        double ll = 0;
        for (int j = 0; j < w.length; j++) {
            ll += prior[j] == 0 ? 0 : prior[j] * Math.log(Math.max(w[j], 1e-300));
        }
        for (int i = 0; i < rows.size(); i++) {
            double q = 0;
            for (int j = 0; j < w.length; j++) {
                q += w[j] * rows.get(i)[j][outcomes.get(i)];
            }
            ll += Math.log(Math.max(q, 1e-300));
        }
        return ll;
    }
}
