package io.matchday.testsupport;

import java.util.List;
import org.hipparchus.stat.correlation.SpearmansCorrelation;

/** Statistics tests check recovered parameters with: how well an estimate ranks what the truth ranks. */
public final class Statistics {

    private Statistics() {
    }

    /** Spearman's rank correlation of {@code a} and {@code b} (ties ranked by their mean rank). */
    public static double spearman(double[] a, double[] b) {
        return new SpearmansCorrelation().correlation(a, b);
    }

    /** Spearman's rank correlation of the two columns of {@code pairs}. */
    public static double spearman(List<double[]> pairs) {
        return spearman(pairs.stream().mapToDouble(p -> p[0]).toArray(), pairs.stream().mapToDouble(p -> p[1]).toArray());
    }
}
