package io.matchday.evaluation;

import java.util.SplittableRandom;

/**
 * Paired bootstrap of a mean score difference: matches are resampled with replacement (the same
 * draw for both forecasters), so the interval reflects how much the difference depends on which
 * matches happened to be played. Seeded: the same inputs give the same interval.
 */
public record PairedBootstrap(int resamples, long seed) {

    public static final PairedBootstrap DEFAULT = new PairedBootstrap(2000, 20240611L);

    /** Mean of {@code a − b} with its 95 % percentile interval. */
    public record Difference(double mean, double low, double high) {
        public boolean clearlyBelowZero() {
            return high < 0;
        }
    }

    public Difference difference(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("paired scores must have the same, non-zero length");
        }
        int n = a.length;
        double[] d = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            d[i] = a[i] - b[i];
            mean += d[i];
        }
        mean /= n;
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += d[random.nextInt(n)];
            }
            means[r] = s / n;
        }
        return interval(mean, means);
    }

    /** The mean with the 2.5 % and 97.5 % percentiles of the resampled means. */
    private static Difference interval(double mean, double[] means) {
        java.util.Arrays.sort(means);
        return new Difference(mean, means[(int) Math.floor(0.025 * (means.length - 1))],
                means[(int) Math.ceil(0.975 * (means.length - 1))]);
    }

    /**
     * The same interval with whole blocks resampled (e.g. a matchday's matches, which share news and weather and so
     * are not independent): {@code block[i]} names the block of difference {@code d[i]}.
     */
    public Difference blocks(double[] d, int[] block) {
        if (d.length != block.length || d.length == 0) {
            throw new IllegalArgumentException("every difference needs its block, and there must be some");
        }
        java.util.Map<Integer, java.util.List<Integer>> members = new java.util.LinkedHashMap<>();
        for (int i = 0; i < d.length; i++) {
            members.computeIfAbsent(block[i], b -> new java.util.ArrayList<>()).add(i);
        }
        java.util.List<java.util.List<Integer>> blocks = java.util.List.copyOf(members.values());
        double mean = java.util.Arrays.stream(d).average().orElseThrow();
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double s = 0;
            int n = 0;
            for (int k = 0; k < blocks.size(); k++) {
                for (int i : blocks.get(random.nextInt(blocks.size()))) {
                    s += d[i];
                    n++;
                }
            }
            means[r] = s / n;
        }
        return interval(mean, means);
    }
}
