package io.matchday.simulation;

import io.matchday.models.ScoreGrid;

/**
 * A score grid for a model that forecasts only home, draw and away: the independent Poisson rates whose home-win and
 * away-win probabilities are the model's (two equations, two unknowns, solved by Newton's method on the log-rates).
 * The draw then follows from the Poisson shape; a season's table needs scores for goal difference and goals scored.
 */
final class ImpliedGoals {

    static final int MAX_GOALS = 10;

    private ImpliedGoals() {
    }

    static ScoreGrid grid(double home, double away) {
        double[] x = {Math.log(1.45), Math.log(1.15)};
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] f = residual(x, home, away);
            if (Math.abs(f[0]) < 1e-10 && Math.abs(f[1]) < 1e-10) {
                break;
            }
            double e = 1e-6;
            double[] fa = residual(new double[]{x[0] + e, x[1]}, home, away);
            double[] fb = residual(new double[]{x[0], x[1] + e}, home, away);
            double j00 = (fa[0] - f[0]) / e;
            double j10 = (fa[1] - f[1]) / e;
            double j01 = (fb[0] - f[0]) / e;
            double j11 = (fb[1] - f[1]) / e;
            double det = j00 * j11 - j01 * j10;
            if (Math.abs(det) < 1e-14) {
                break;
            }
            double dx = (j11 * f[0] - j01 * f[1]) / det;
            double dy = (-j10 * f[0] + j00 * f[1]) / det;
            // damped: log-rates move at most one unit a step
            double scale = Math.min(1, 1 / Math.max(Math.abs(dx), Math.abs(dy)));
            x[0] = clamp(x[0] - scale * dx);
            x[1] = clamp(x[1] - scale * dy);
        }
        return poisson(Math.exp(x[0]), Math.exp(x[1]));
    }

    private static double clamp(double logRate) {
        return Math.max(Math.log(0.05), Math.min(Math.log(8), logRate));
    }

    private static double[] residual(double[] x, double home, double away) {
        double[] p = poisson(Math.exp(x[0]), Math.exp(x[1])).outcomeProbabilities();
        return new double[]{p[0] - home, p[2] - away};
    }

    static ScoreGrid poisson(double lambda, double mu) {
        double[] a = pmf(lambda);
        double[] b = pmf(mu);
        double[][] g = new double[MAX_GOALS + 1][MAX_GOALS + 1];
        for (int i = 0; i <= MAX_GOALS; i++) {
            for (int j = 0; j <= MAX_GOALS; j++) {
                g[i][j] = a[i] * b[j];
            }
        }
        return new ScoreGrid(g);
    }

    private static double[] pmf(double rate) {
        double[] p = new double[MAX_GOALS + 1];
        p[0] = Math.exp(-rate);
        for (int k = 1; k <= MAX_GOALS; k++) {
            p[k] = p[k - 1] * rate / k;
        }
        return p;
    }
}
