package io.matchday.data.synthetic;

import java.util.Locale;
import java.util.random.RandomGenerator;

/** Samples one synthetic match: goals, statistics and bookmaker prices around the true odds. */
final class MatchSampler {

    private static final int MAX_GOALS = 15;

    private final SyntheticLeagueConfig config;
    private final RandomGenerator rng;

    MatchSampler(SyntheticLeagueConfig config, RandomGenerator rng) {
        this.config = config;
        this.rng = rng;
    }

    record Sample(double homeRate, double awayRate, double[] truth, String row) {
        String row(String referee) {
            return row.replace("{referee}", referee);
        }
    }

    Sample sample(SyntheticLeague.TeamStrength home, SyntheticLeague.TeamStrength away) {
        double lh = Math.exp(config.baseline() + config.homeAdvantage() + home.attack() - away.defence());
        double la = Math.exp(config.baseline() + away.attack() - home.defence());
        double[] truth = outcomeProbabilities(lh, la);
        int hg = poisson(lh);
        int ag = poisson(la);
        int hth = binomial(hg, 0.45);
        int hta = binomial(ag, 0.45);
        int hs = hg + poisson(lh * 7 + 3);
        int as = ag + poisson(la * 7 + 3);
        int hst = Math.max(hg, binomial(hs, 0.35));
        int ast = Math.max(ag, binomial(as, 0.35));
        double pOver = overProbability(lh, la, 2.5);
        StringBuilder row = new StringBuilder();
        row.append(hg).append(',').append(ag).append(',').append(result(hg, ag)).append(',')
                .append(hth).append(',').append(hta).append(',').append(result(hth, hta)).append(",{referee},")
                .append(hs).append(',').append(as).append(',').append(hst).append(',').append(ast).append(',')
                .append(poisson(11)).append(',').append(poisson(11)).append(',')
                .append(poisson(5.5)).append(',').append(poisson(4.5)).append(',')
                .append(poisson(1.6)).append(',').append(poisson(1.8)).append(',')
                .append(rng.nextDouble() < 0.05 ? 1 : 0).append(',').append(rng.nextDouble() < 0.06 ? 1 : 0);
        double[][] opening = {prices(truth, config.priceNoise() * 1.5), prices(truth, config.priceNoise())};
        appendMarket(row, opening);
        row.append(',').append(price(pOver * (1 + config.margin()))).append(',')
                .append(price((1 - pOver) * (1 + config.margin())));
        double[][] closing = {prices(truth, config.priceNoise() * 0.75), prices(truth, config.priceNoise() * 0.5)};
        appendMarket(row, closing);
        return new Sample(lh, la, truth, row.toString());
    }

    /** Two bookmakers, then the market maximum and average of them. */
    private void appendMarket(StringBuilder row, double[][] books) {
        for (double[] book : books) {
            appendPrices(row, book);
        }
        double[] max = new double[3];
        double[] avg = new double[3];
        for (int k = 0; k < 3; k++) {
            max[k] = Math.max(books[0][k], books[1][k]);
            avg[k] = Math.round((books[0][k] + books[1][k]) / 2 * 100) / 100.0;
        }
        appendPrices(row, max);
        appendPrices(row, avg);
    }

    private static void appendPrices(StringBuilder row, double[] prices) {
        for (double p : prices) {
            row.append(',').append(format(p));
        }
    }

    /** One bookmaker's prices: the truth, perturbed in log-odds, then loaded with the margin. */
    private double[] prices(double[] truth, double noise) {
        double[] p = new double[3];
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            p[k] = truth[k] * Math.exp(rng.nextGaussian() * noise);
            sum += p[k];
        }
        double[] prices = new double[3];
        for (int k = 0; k < 3; k++) {
            prices[k] = price(p[k] / sum * (1 + config.margin()));
        }
        return prices;
    }

    private static double price(double impliedProbability) {
        return Math.max(1.01, Math.round(100 / impliedProbability) / 100.0);
    }

    private static String format(double price) {
        String s = String.format(Locale.ROOT, "%.2f", price);
        return s.endsWith("0") ? s.replaceAll("\\.?0+$", "") : s;
    }

    static double[] outcomeProbabilities(double lh, double la) {
        double[] ph = poissonPmf(lh);
        double[] pa = poissonPmf(la);
        double home = 0;
        double draw = 0;
        double away = 0;
        for (int i = 0; i <= MAX_GOALS; i++) {
            for (int j = 0; j <= MAX_GOALS; j++) {
                double p = ph[i] * pa[j];
                if (i > j) {
                    home += p;
                } else if (i == j) {
                    draw += p;
                } else {
                    away += p;
                }
            }
        }
        double total = home + draw + away;
        return new double[]{home / total, draw / total, away / total};
    }

    private static double overProbability(double lh, double la, double line) {
        double[] total = poissonPmf(lh + la);
        double under = 0;
        for (int g = 0; g < line; g++) {
            under += total[g];
        }
        return 1 - under;
    }

    private static double[] poissonPmf(double lambda) {
        double[] pmf = new double[MAX_GOALS + 1];
        pmf[0] = Math.exp(-lambda);
        for (int k = 1; k <= MAX_GOALS; k++) {
            pmf[k] = pmf[k - 1] * lambda / k;
        }
        return pmf;
    }

    private int poisson(double lambda) {
        double limit = Math.exp(-lambda);
        double product = rng.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= rng.nextDouble();
            k++;
        }
        return k;
    }

    private int binomial(int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (rng.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    private static char result(int home, int away) {
        return home > away ? 'H' : home == away ? 'D' : 'A';
    }
}
