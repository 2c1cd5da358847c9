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
    private final double[] weight;
    private final double totalWeight;
    private final double ridge;

    DixonColesLikelihood(List<Match> matches, Map<Team, Integer> index, LocalDate cutoff, DixonColesConfig config) {
        this.n = index.size();
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
        ridge = config.ridge();
    }

    /** Negative mean weighted log-likelihood plus penalties; minimised. */
    Minimizer.Evaluation evaluate(double[] p) {
        double mu = p[2 * n];
        double h = p[2 * n + 1];
        double tanh = Math.tanh(p[2 * n + 2]);
        double rho = DixonColesTrainer.RHO_BOUND * tanh;
        double[] g = new double[p.length];
        double ll = 0;
        double gRho = 0;
        for (int i = 0; i < home.length; i++) {
            int a = home[i];
            int b = away[i];
            double logLambda = mu + h + p[a] - p[n + b];
            double logMu = mu + p[b] - p[n + a];
            double lambda = Math.exp(logLambda);
            double muRate = Math.exp(logMu);
            int x = homeGoals[i];
            int y = awayGoals[i];
            double gl = x - lambda;
            double gm = y - muRate;
            double tau = 1;
            double dTauRho = 0;
            if (x == 0 && y == 0) {
                tau = 1 - lambda * muRate * rho;
                gl += -lambda * muRate * rho / tau;
                gm += -lambda * muRate * rho / tau;
                dTauRho = -lambda * muRate / tau;
            } else if (x == 0 && y == 1) {
                tau = 1 + lambda * rho;
                gl += lambda * rho / tau;
                dTauRho = lambda / tau;
            } else if (x == 1 && y == 0) {
                tau = 1 + muRate * rho;
                gm += muRate * rho / tau;
                dTauRho = muRate / tau;
            } else if (x == 1 && y == 1) {
                tau = 1 - rho;
                dTauRho = -1 / tau;
            }
            double w = weight[i];
            ll += w * (Math.log(tau) + x * logLambda - lambda + y * logMu - muRate);
            g[a] += w * gl;
            g[n + b] -= w * gl;
            g[b] += w * gm;
            g[n + a] -= w * gm;
            g[2 * n] += w * (gl + gm);
            g[2 * n + 1] += w * gl;
            gRho += w * dTauRho;
        }
        g[2 * n + 2] = gRho * DixonColesTrainer.RHO_BOUND * (1 - tanh * tanh);
        double value = -ll / totalWeight;
        for (int j = 0; j < g.length; j++) {
            g[j] = -g[j] / totalWeight;
        }
        // Identifiability: attack and defence each sum to zero; ridge: no extreme ratings from few matches.
        double sumAttack = 0;
        double sumDefence = 0;
        for (int t = 0; t < n; t++) {
            sumAttack += p[t];
            sumDefence += p[n + t];
        }
        value += sumAttack * sumAttack + sumDefence * sumDefence;
        for (int t = 0; t < n; t++) {
            g[t] += 2 * sumAttack + 2 * ridge * p[t];
            g[n + t] += 2 * sumDefence + 2 * ridge * p[n + t];
            value += ridge * (p[t] * p[t] + p[n + t] * p[n + t]);
        }
        return new Minimizer.Evaluation(value, g);
    }
}
