package io.matchday.features;

import io.matchday.MatchdayException;
import io.matchday.data.OutcomePrices;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * Ways to turn bookmaker prices into probabilities that sum to one ("de-vigging"). The raw
 * implied probabilities {@code π = 1/price} sum to more than one by the bookmaker's margin; each
 * method takes that margin out under a different assumption about how it was put in.
 */
public enum MarginRemoval {

    /** {@code p = π / Σπ}: the margin is spread in proportion to each probability. */
    MULTIPLICATIVE {
        @Override
        double[] remove(double[] pi, double[] odds) {
            double sum = sum(pi);
            return map(pi, x -> x / sum);
        }
    },
    /** {@code p = π − margin/n}: the same amount off every outcome. */
    ADDITIVE {
        @Override
        double[] remove(double[] pi, double[] odds) {
            double cut = (sum(pi) - 1) / pi.length;
            return map(pi, x -> x - cut);
        }
    },
    /** {@code p = π^k}, with k solving {@code Σ π^k = 1}: long shots carry more of the margin. */
    POWER {
        @Override
        double[] remove(double[] pi, double[] odds) {
            double k = solve(kk -> sumPow(pi, kk) - 1, 1, 100);
            return map(pi, x -> Math.pow(x, k));
        }
    },
    /**
     * Shin (1992, 1993): the margin protects the bookmaker against a share z of insider money;
     * {@code p = (sqrt(z² + 4(1−z) π²/Σπ) − z) / (2(1−z))}, z solving {@code Σ p = 1}.
     */
    SHIN {
        @Override
        double[] remove(double[] pi, double[] odds) {
            double total = sum(pi);
            double z = solve(zz -> sum(shin(pi, total, zz)) - 1, 0, 0.999);
            return shin(pi, total, z);
        }
    },
    /** Cheung's odds ratio: {@code π/(1−π) = c · p/(1−p)} for one c, solving {@code Σ p = 1}. */
    ODDS_RATIO {
        @Override
        double[] remove(double[] pi, double[] odds) {
            double c = solve(cc -> sum(oddsRatio(pi, cc)) - 1, 1, 100);
            return oddsRatio(pi, c);
        }
    },
    /**
     * Buchdahl's margin weights proportional to the odds: fair odds {@code n·o / (n − margin·o)}.
     * In probabilities that is {@code π − margin/n}, the additive method; it is offered under its
     * own name because analysts look for it.
     */
    DIFFERENTIAL {
        @Override
        double[] remove(double[] pi, double[] odds) {
            int n = odds.length;
            double margin = sum(pi) - 1;
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = (n - margin * odds[i]) / (n * odds[i]);
            }
            return p;
        }
    },
    /**
     * Margin weights proportional to the logarithm of the odds: {@code p = π − margin · ln o / Σ ln o}.
     * Between additive (equal weights) and weights proportional to the odds: long shots carry
     * more of the margin, but not in proportion to their price.
     */
    LOGARITHMIC {
        @Override
        double[] remove(double[] pi, double[] odds) {
            double margin = sum(pi) - 1;
            double logSum = 0;
            for (double o : odds) {
                logSum += Math.log(o);
            }
            double[] p = new double[pi.length];
            for (int i = 0; i < pi.length; i++) {
                p[i] = pi[i] - margin * Math.log(odds[i]) / logSum;
            }
            return p;
        }
    };

    /** Fair probabilities of home, draw and away. */
    public double[] probabilities(OutcomePrices prices) {
        return probabilities(prices.home(), prices.draw(), prices.away());
    }

    /** Fair probabilities for any number of outcomes; always finite, positive and summing to 1. */
    public double[] probabilities(double... odds) {
        if (odds.length < 2) {
            throw new MatchdayException("need prices of at least two outcomes");
        }
        double[] pi = new double[odds.length];
        for (int i = 0; i < odds.length; i++) {
            if (!(odds[i] > 1.0) || Double.isInfinite(odds[i])) {
                throw new MatchdayException("price must be a decimal price above 1.0, got " + odds[i]);
            }
            pi[i] = 1 / odds[i];
        }
        double[] p = sum(pi) <= 1 ? MULTIPLICATIVE.remove(pi, odds) : remove(pi, odds);
        return normalised(p);
    }

    abstract double[] remove(double[] pi, double[] odds);

    public static MarginRemoval parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new MatchdayException("unknown margin removal method '" + name + "' (one of "
                    + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT) + ")");
        }
    }

    /**
     * Guards against tiny negative values the additive methods can give for extreme long shots
     * with a large margin, and against rounding: clip at a floor, then renormalise.
     */
    private static double[] normalised(double[] p) {
        double[] q = map(p, x -> Math.max(x, 1e-6));
        double s = sum(q);
        return map(q, x -> x / s);
    }

    static double[] shin(double[] pi, double total, double z) {
        return map(pi, x -> (Math.sqrt(z * z + 4 * (1 - z) * x * x / total) - z) / (2 * (1 - z)));
    }

    static double[] oddsRatio(double[] pi, double c) {
        return map(pi, x -> x / (c + x - c * x));
    }

    private static double sumPow(double[] pi, double k) {
        double s = 0;
        for (double x : pi) {
            s += Math.pow(x, k);
        }
        return s;
    }

    /** Bisection on a monotone function with a sign change in [lo, hi]; 100 halvings reach 1e-15. */
    static double solve(DoubleUnaryOperator f, double lo, double hi) {
        double flo = f.applyAsDouble(lo);
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = (lo + hi) / 2;
            double fm = f.applyAsDouble(mid);
            if ((fm > 0) == (flo > 0)) {
                lo = mid;
                flo = fm;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    static double sum(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s;
    }

    static double[] map(double[] a, DoubleUnaryOperator f) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = f.applyAsDouble(a[i]);
        }
        return out;
    }
}
