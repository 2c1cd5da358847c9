package io.matchday.monitoring;

import java.util.Arrays;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;

/**
 * Two-sample drift tests between a reference sample and a current one. Numeric features: the
 * Kolmogorov–Smirnov test (the decision), the Wasserstein-1 distance in reference standard
 * deviations and the population stability index over reference deciles (the size of the change).
 * Categorical features: the chi-square test (the decision), the Jensen–Shannon distance and the PSI.
 * Statistical tests come from Hipparchus; the distances are a few lines each.
 */
final class DriftTests {

    /** A tiny floor for empty bins, as usual for PSI: an empty bin would make the index infinite. */
    private static final double EPSILON = 1e-4;
    private static final int PSI_BINS = 10;

    private final double alpha;
    private final long seed;

    /**
     * @param alpha significance level: a feature drifts when its test's p-value is below it
     * @param seed  seeds the Kolmogorov–Smirnov test's tie-breaking, so results repeat exactly
     */
    public DriftTests(double alpha, long seed) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        this.alpha = alpha;
        this.seed = seed;
    }

    public double alpha() {
        return alpha;
    }

    public FeatureDrift numeric(String feature, double[] reference, double[] current) {
        double[] ref = finite(reference);
        double[] cur = finite(current);
        if (ref.length < 2 || cur.length < 2) {
            return new FeatureDrift(feature, FeatureDrift.Kind.NUMERIC, "ks", Double.NaN, 1.0, Double.NaN, Double.NaN, false,
                    ref.length, cur.length, null);
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest(seed);
        double statistic = ks.kolmogorovSmirnovStatistic(ref, cur);
        double p = ks.kolmogorovSmirnovTest(ref, cur);
        return new FeatureDrift(feature, FeatureDrift.Kind.NUMERIC, "ks", statistic, p, wassersteinInSd(ref, cur),
                psi(ref, cur), p < alpha, ref.length, cur.length, histogram(ref, cur));
    }

    /** Both samples' shares over the reference deciles (ties merge bins), rounded for storage. */
    static FeatureDrift.Histogram histogram(double[] reference, double[] current) {
        double[] edges = java.util.stream.DoubleStream.of(decileEdges(reference)).distinct().toArray();
        java.util.List<String> bins = new java.util.ArrayList<>();
        for (int k = 0; k <= edges.length; k++) {
            bins.add(k == 0 ? "≤ " + short4(edges[0]) : k == edges.length ? "> " + short4(edges[k - 1])
                    : short4(edges[k - 1]) + "–" + short4(edges[k]));
        }
        return new FeatureDrift.Histogram(bins, round(binShares(reference, edges)), round(binShares(current, edges)));
    }

    private static String short4(double v) {
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }

    private static double[] round(double[] shares) {
        return Arrays.stream(shares).map(x -> Math.round(x * 10000) / 10000.0).toArray();
    }

    /** {@code reference} and {@code current} count each category, in the same order. */
    public FeatureDrift categorical(String feature, long[] reference, long[] current) {
        return categorical(feature, java.util.List.of(), reference, current);
    }

    /** As {@link #categorical(String, long[], long[])}, with the categories' names for the histogram. */
    public FeatureDrift categorical(String feature, java.util.List<String> categories, long[] reference, long[] current) {
        if (reference.length != current.length) {
            throw new IllegalArgumentException("category counts differ in length");
        }
        long[][] kept = dropEmptyCategories(reference, current);
        long refTotal = Arrays.stream(reference).sum();
        long curTotal = Arrays.stream(current).sum();
        if (kept[0].length < 2 || refTotal == 0 || curTotal == 0) {
            return new FeatureDrift(feature, FeatureDrift.Kind.CATEGORICAL, "chi-square", 0, 1.0, 0, 0, false,
                    (int) refTotal, (int) curTotal, null);
        }
        ChiSquareTest chi = new ChiSquareTest();
        double statistic = chi.chiSquareDataSetsComparison(kept[0], kept[1]);
        double p = chi.chiSquareTestDataSetsComparison(kept[0], kept[1]);
        double[] r = proportions(reference);
        double[] c = proportions(current);
        java.util.List<String> bins = categories.size() == r.length ? categories
                : java.util.stream.IntStream.range(0, r.length).mapToObj(String::valueOf).toList();
        return new FeatureDrift(feature, FeatureDrift.Kind.CATEGORICAL, "chi-square", statistic, p, jensenShannon(r, c),
                psiOf(r, c), p < alpha, (int) refTotal, (int) curTotal, new FeatureDrift.Histogram(bins, round(r), round(c)));
    }

    /** Wasserstein-1 distance between the empirical distributions, in units of the reference standard deviation. */
    static double wassersteinInSd(double[] reference, double[] current) {
        double[] a = reference.clone();
        double[] b = current.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        double distance = 0;
        int i = 0;
        int j = 0;
        for (int k = 0; k < all.length - 1; k++) {
            double x = all[k];
            while (i < a.length && a[i] <= x) {
                i++;
            }
            while (j < b.length && b[j] <= x) {
                j++;
            }
            distance += Math.abs((double) i / a.length - (double) j / b.length) * (all[k + 1] - x);
        }
        double sd = sd(a);
        return sd > 0 ? distance / sd : distance;
    }

    /** PSI of the current sample over the reference deciles. */
    static double psi(double[] reference, double[] current) {
        double[] edges = decileEdges(reference);
        return psiOf(binShares(reference, edges), binShares(current, edges));
    }

    private static double[] decileEdges(double[] reference) {
        double[] sorted = reference.clone();
        Arrays.sort(sorted);
        double[] edges = new double[PSI_BINS - 1];
        for (int k = 1; k < PSI_BINS; k++) {
            edges[k - 1] = sorted[(int) Math.floor((double) k * (sorted.length - 1) / PSI_BINS)];
        }
        return edges;
    }

    private static double[] binShares(double[] values, double[] edges) {
        double[] shares = new double[edges.length + 1];
        for (double v : values) {
            int bin = 0;
            while (bin < edges.length && v > edges[bin]) {
                bin++;
            }
            shares[bin]++;
        }
        for (int k = 0; k < shares.length; k++) {
            shares[k] /= values.length;
        }
        return shares;
    }

    static double psiOf(double[] reference, double[] current) {
        double psi = 0;
        for (int k = 0; k < reference.length; k++) {
            double r = Math.max(reference[k], EPSILON);
            double c = Math.max(current[k], EPSILON);
            psi += (c - r) * Math.log(c / r);
        }
        return psi;
    }

    /** Jensen–Shannon distance (square root of the divergence, base 2): 0 for equal distributions, 1 for disjoint. */
    static double jensenShannon(double[] p, double[] q) {
        double divergence = 0;
        for (int k = 0; k < p.length; k++) {
            double m = (p[k] + q[k]) / 2;
            divergence += p[k] > 0 ? p[k] * Math.log(p[k] / m) / 2 : 0;
            divergence += q[k] > 0 ? q[k] * Math.log(q[k] / m) / 2 : 0;
        }
        return Math.sqrt(Math.max(0, divergence / Math.log(2)));
    }

    private static double[] proportions(long[] counts) {
        double total = Arrays.stream(counts).sum();
        return Arrays.stream(counts).mapToDouble(c -> c / total).toArray();
    }

    private static long[][] dropEmptyCategories(long[] a, long[] b) {
        int n = 0;
        for (int k = 0; k < a.length; k++) {
            if (a[k] + b[k] > 0) {
                n++;
            }
        }
        long[][] kept = new long[2][n];
        int i = 0;
        for (int k = 0; k < a.length; k++) {
            if (a[k] + b[k] > 0) {
                kept[0][i] = a[k];
                kept[1][i] = b[k];
                i++;
            }
        }
        return kept;
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }

    private static double sd(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double ss = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return values.length > 1 ? Math.sqrt(ss / (values.length - 1)) : 0;
    }
}
