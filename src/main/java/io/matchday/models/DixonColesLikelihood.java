package io.matchday.models;

import io.matchday.data.Match;
import io.matchday.data.Team;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The weighted Dixon–Coles log-likelihood and its gradient. Parameters: attack[0..n), defence[0..n),
 * μ, h, r with ρ = RHO_BOUND · tanh(r), which keeps every τ positive.
 */
final class DixonColesLikelihood {

    private final int n;
    private final int[] home;
    private final int[] away;
    private final int[] homeGoals;
    private final int[] awayGoals;
    /** What each side's Poisson rate is fitted to: its goals, or goals blended with shots on target. */
    private final double[] homeTarget;
    private final double[] awayTarget;
    private final double[] weight;
    private final double totalWeight;
    private final double ridge;
    private final double opennessRidge;
    private final boolean[] promoted;

    /**
     * {@code promoted}: teams pulled towards the promoted teams' shared mean (two extra parameters, the
     * last two) rather than towards 0; null or all false for none.
     */
    DixonColesLikelihood(List<Match> matches, Map<Team, Integer> index, LocalDate cutoff, DixonColesConfig config,
                         boolean[] promoted) {
        this.n = index.size();
        this.promoted = promoted == null ? new boolean[n] : promoted.clone();
        int m = matches.size();
        home = new int[m];
        away = new int[m];
        homeGoals = new int[m];
        awayGoals = new int[m];
        weight = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            Match match = matches.get(i);
            home[i] = index.get(match.home());
            away[i] = index.get(match.away());
            homeGoals[i] = match.fullTime().home();
            awayGoals[i] = match.fullTime().away();
            weight[i] = Math.exp(-config.xi() * ChronoUnit.DAYS.between(match.date(), cutoff));
            total += weight[i];
        }
        totalWeight = total;
        homeTarget = new double[m];
        awayTarget = new double[m];
        double conversion = conversion(matches);
        for (int i = 0; i < m; i++) {
            Integer hst = matches.get(i).stats().homeShotsOnTarget();
            Integer ast = matches.get(i).stats().awayShotsOnTarget();
            boolean shots = config.shotWeight() > 0 && hst != null && ast != null && conversion > 0;
            double s = shots ? config.shotWeight() : 0;
            homeTarget[i] = (1 - s) * homeGoals[i] + (shots ? s * conversion * hst : 0);
            awayTarget[i] = (1 - s) * awayGoals[i] + (shots ? s * conversion * ast : 0);
        }
        ridge = config.ridge();
        opennessRidge = config.opennessRidge();
    }

    /** Goals per shot on target over the matches that have both counts; 0 when none has. */
    private double conversion(List<Match> matches) {
        double goals = 0;
        double onTarget = 0;
        for (int i = 0; i < matches.size(); i++) {
            Integer hst = matches.get(i).stats().homeShotsOnTarget();
            Integer ast = matches.get(i).stats().awayShotsOnTarget();
            if (hst != null && ast != null) {
                goals += weight[i] * (homeGoals[i] + awayGoals[i]);
                onTarget += weight[i] * (hst + ast);
            }
        }
        return onTarget > 0 ? goals / onTarget : 0;
    }

    DixonColesLikelihood(List<Match> matches, Map<Team, Integer> index, LocalDate cutoff, DixonColesConfig config) {
        this(matches, index, cutoff, config, null);
    }

    /** The penalties' own curvature (ridge and openness; not the sum-to-zero constraint), on the objective's scale. */
    double[][] penaltyCurvature(double[] p) {
        double[][] h = new double[parameters()][parameters()];
        addPriors(p, new double[parameters()], h);
        return h;
    }

    /** The window's total weight: what the mean objective is divided by. */
    double totalWeight() {
        return totalWeight;
    }

    /** attack[n], defence[n], μ, h, r, then the promoted teams' mean attack and defence. */
    int parameters() {
        return 2 * n + 5;
    }

    /**
     * The ridge toward each team's prior mean (0, or the promoted mean), and a faint one on the promoted
     * means themselves so they stay defined when no team is promoted: value, gradient and Hessian added in.
     */
    private double addPriors(double[] p, double[] g, double[][] hess) {
        int iA = 2 * n + 3;
        int iD = 2 * n + 4;
        double value = 0;
        for (int t = 0; t < n; t++) {
            for (int side = 0; side < 2; side++) {
                int i = side * n + t;
                int iMean = side == 0 ? iA : iD;
                double mean = promoted[t] ? p[iMean] : 0;
                double diff = p[i] - mean;
                value += ridge * diff * diff;
                g[i] += 2 * ridge * diff;
                if (hess != null) {
                    hess[i][i] += 2 * ridge;
                }
                if (promoted[t]) {
                    g[iMean] -= 2 * ridge * diff;
                    if (hess != null) {
                        hess[i][iMean] -= 2 * ridge;
                        hess[iMean][i] -= 2 * ridge;
                        hess[iMean][iMean] += 2 * ridge;
                    }
                }
            }
        }
        // A side's openness, attack − defence, sets how many goals its matches have at both ends.
        for (int t = 0; t < n && opennessRidge > 0; t++) {
            double open = p[t] - p[n + t];
            value += opennessRidge * open * open;
            g[t] += 2 * opennessRidge * open;
            g[n + t] -= 2 * opennessRidge * open;
            if (hess != null) {
                hess[t][t] += 2 * opennessRidge;
                hess[n + t][n + t] += 2 * opennessRidge;
                hess[t][n + t] -= 2 * opennessRidge;
                hess[n + t][t] -= 2 * opennessRidge;
            }
        }
        for (int iMean : new int[]{iA, iD}) {
            value += FAINT * p[iMean] * p[iMean];
            g[iMean] += 2 * FAINT * p[iMean];
            if (hess != null) {
                hess[iMean][iMean] += 2 * FAINT;
            }
        }
        return value;
    }

    private static final double FAINT = 1e-6;

    /**
     * Value, gradient and exact Hessian of the objective, for Newton's method. The Poisson terms'
     * second derivatives in the log-rates are −λ and −μ; the low-score factor τ adds its own (and
     * its ρ terms) on 0-0, 0-1, 1-0 and 1-1; everything is then mapped onto the parameters that
     * enter each log-rate.
     */
    Minimizer.Curvature curvature(double[] p) {
        return derivatives(p, true, null);
    }

    /**
     * The spread of the weighted log-likelihood's score, {@code Σ w_i² s_i s_iᵀ} over the window's matches: the
     * "meat" of the sandwich variance of a weighted estimator. (With the curvature alone, time decay would count each
     * old match as a fraction of a match seen, when it is a whole match down-weighted.)
     */
    double[][] scoreSpread(double[] p) {
        double[][] outer = new double[parameters()][parameters()];
        derivatives(p, false, outer);
        return outer;
    }

    /** The objective and its gradient, and its Hessian when {@code hessian} (else null: the line search needs none). */
    private Minimizer.Curvature derivatives(double[] p, boolean withHessian, double[][] outer) {
        int k = parameters();
        double mu = p[2 * n];
        double h = p[2 * n + 1];
        double tanh = Math.tanh(p[2 * n + 2]);
        double rho = DixonColesTrainer.RHO_BOUND * tanh;
        double dRho = DixonColesTrainer.RHO_BOUND * (1 - tanh * tanh);
        double d2Rho = -2 * tanh * dRho;
        double[] g = new double[k];
        double[][] hess = withHessian ? new double[k][k] : null;
        double ll = 0;
        int iMu = 2 * n;
        int iH = 2 * n + 1;
        int iR = 2 * n + 2;
        for (int i = 0; i < home.length; i++) {
            int a = home[i];
            int b = away[i];
            double eta1 = mu + h + p[a] - p[n + b];
            double eta2 = mu + p[b] - p[n + a];
            double lambda = Math.exp(eta1);
            double muRate = Math.exp(eta2);
            int x = homeGoals[i];
            int y = awayGoals[i];
            // ℓ's derivatives in (η1, η2, ρ): first g1, g2, gr; second h11, h22, h12, h1r, h2r, hrr.
            double g1 = homeTarget[i] - lambda;
            double g2 = awayTarget[i] - muRate;
            double h11 = -lambda;
            double h22 = -muRate;
            double h12 = 0;
            double gr = 0;
            double h1r = 0;
            double h2r = 0;
            double hrr = 0;
            double tau = 1;
            if (x == 0 && y == 0) {
                double lm = lambda * muRate;
                tau = 1 - lm * rho;
                double u = lm * rho;
                g1 += -u / tau;
                g2 += -u / tau;
                double c = -u / (tau * tau);
                h11 += c;
                h22 += c;
                h12 += c;
                gr = -lm / tau;
                h1r = -lm / (tau * tau);
                h2r = h1r;
                hrr = -lm * lm / (tau * tau);
            } else if (x == 0 && y == 1) {
                tau = 1 + lambda * rho;
                g1 += lambda * rho / tau;
                h11 += lambda * rho / (tau * tau);
                gr = lambda / tau;
                h1r = lambda / (tau * tau);
                hrr = -lambda * lambda / (tau * tau);
            } else if (x == 1 && y == 0) {
                tau = 1 + muRate * rho;
                g2 += muRate * rho / tau;
                h22 += muRate * rho / (tau * tau);
                gr = muRate / tau;
                h2r = muRate / (tau * tau);
                hrr = -muRate * muRate / (tau * tau);
            } else if (x == 1 && y == 1) {
                tau = 1 - rho;
                gr = -1 / tau;
                hrr = -1 / (tau * tau);
            }
            double w = weight[i];
            ll += w * (Math.log(tau) + homeTarget[i] * eta1 - lambda + awayTarget[i] * eta2 - muRate);
            // η1 = μ + h + att[a] − def[b]; η2 = μ + att[b] − def[a]; ρ = B·tanh(r).
            int[] i1 = {iMu, iH, a, n + b};
            double[] s1 = {1, 1, 1, -1};
            int[] i2 = {iMu, b, n + a};
            double[] s2 = {1, 1, -1};
            for (int u = 0; u < i1.length; u++) {
                g[i1[u]] += w * g1 * s1[u];
            }
            for (int u = 0; u < i2.length; u++) {
                g[i2[u]] += w * g2 * s2[u];
            }
            if (hess != null) {
                addMatchHessian(hess, w, i1, s1, i2, s2, iR, h11, h22, h12, h1r * dRho, h2r * dRho);
                hess[iR][iR] += w * (hrr * dRho * dRho + gr * d2Rho);
            }
            g[iR] += w * gr * dRho;
            if (outer != null) {
                addOuter(outer, w * w, i1, s1, g1, i2, s2, g2, iR, gr * dRho);
            }
        }
        double value = -ll / totalWeight;
        for (int j = 0; j < k; j++) {
            g[j] = -g[j] / totalWeight;
            for (int l = 0; hess != null && l < k; l++) {
                hess[j][l] = -hess[j][l] / totalWeight;
            }
        }
        double sumAttack = 0;
        double sumDefence = 0;
        for (int t = 0; t < n; t++) {
            sumAttack += p[t];
            sumDefence += p[n + t];
        }
        value += sumAttack * sumAttack + sumDefence * sumDefence;
        for (int t = 0; t < n; t++) {
            g[t] += 2 * sumAttack;
            g[n + t] += 2 * sumDefence;
            for (int u = 0; hess != null && u < n; u++) {
                hess[t][u] += 2;
                hess[n + t][n + u] += 2;
            }
        }
        value += addPriors(p, g, hess);
        return new Minimizer.Curvature(value, g, hess);
    }

    /** One match's score s (in η1, η2, r, mapped onto the parameters), added as {@code weight · s sᵀ}. */
    private static void addOuter(double[][] outer, double weight, int[] i1, double[] s1, double g1, int[] i2, double[] s2,
                                 double g2, int iR, double gr) {
        int size = i1.length + i2.length + 1;
        int[] index = new int[size];
        double[] s = new double[size];
        for (int u = 0; u < i1.length; u++) {
            index[u] = i1[u];
            s[u] = g1 * s1[u];
        }
        for (int u = 0; u < i2.length; u++) {
            index[i1.length + u] = i2[u];
            s[i1.length + u] = g2 * s2[u];
        }
        index[size - 1] = iR;
        s[size - 1] = gr;
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                outer[index[a]][index[b]] += weight * s[a] * s[b];
            }
        }
    }

    /** One match's second derivatives in (η1, η2, r), mapped onto the parameters that enter each log-rate. */
    private static void addMatchHessian(double[][] hess, double w, int[] i1, double[] s1, int[] i2, double[] s2, int iR,
                                        double h11, double h22, double h12, double h1r, double h2r) {
        for (int u = 0; u < i1.length; u++) {
            for (int v = 0; v < i1.length; v++) {
                hess[i1[u]][i1[v]] += w * h11 * s1[u] * s1[v];
            }
            for (int v = 0; v < i2.length; v++) {
                hess[i1[u]][i2[v]] += w * h12 * s1[u] * s2[v];
                hess[i2[v]][i1[u]] += w * h12 * s1[u] * s2[v];
            }
            hess[i1[u]][iR] += w * h1r * s1[u];
            hess[iR][i1[u]] += w * h1r * s1[u];
        }
        for (int u = 0; u < i2.length; u++) {
            for (int v = 0; v < i2.length; v++) {
                hess[i2[u]][i2[v]] += w * h22 * s2[u] * s2[v];
            }
            hess[i2[u]][iR] += w * h2r * s2[u];
            hess[iR][i2[u]] += w * h2r * s2[u];
        }
    }

    /** Negative mean weighted log-likelihood plus penalties, with its gradient; minimised. */
    Minimizer.Evaluation evaluate(double[] p) {
        Minimizer.Curvature c = derivatives(p, false, null);
        return new Minimizer.Evaluation(c.value(), c.gradient());
    }
}
