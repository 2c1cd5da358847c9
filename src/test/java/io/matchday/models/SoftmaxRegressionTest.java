package io.matchday.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {

    @Test
    void withoutInformativeFeaturesTheFitIsTheTrainingFrequencies() {
        // The maximum-likelihood property that pins an unpenalised intercept: fitted = observed rates.
        List<double[]> x = new ArrayList<>();
        int[] y = new int[1000];
        for (int i = 0; i < y.length; i++) {
            x.add(new double[]{7.0});
            y[i] = i % 20 < 9 ? 0 : i % 20 < 14 ? 1 : 2;   // 45 %, 25 %, 30 %
        }
        double[] p = SoftmaxRegression.fit(x, y, 0.01).probabilities(new double[]{7.0});
        assertThat(p[0]).isCloseTo(0.45, within(1e-9));
        assertThat(p[1]).isCloseTo(0.25, within(1e-9));
        assertThat(p[2]).isCloseTo(0.30, within(1e-9));
    }

    @Test
    void recoversTheProbabilitiesOfTheModelThatGeneratedTheData() {
        SplittableRandom random = new SplittableRandom(5);
        List<double[]> x = new ArrayList<>();
        int n = 40_000;
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            double[] p = truth(a, b);
            double u = random.nextDouble();
            y[i] = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
            x.add(new double[]{a, b});
        }
        SoftmaxRegression fitted = SoftmaxRegression.fit(x, y, 0);
        for (double[] point : new double[][]{{0, 0}, {1, -1}, {-1.5, 0.5}, {2, 2}}) {
            double[] expected = truth(point[0], point[1]);
            double[] actual = fitted.probabilities(point);
            for (int k = 0; k < 3; k++) {
                assertThat(actual[k]).isCloseTo(expected[k], within(0.02));
            }
        }
    }

    /** Home logit 0.3 + 0.8 a, draw 0, away logit 0.1 − 0.6 a + 0.4 b. */
    private static double[] truth(double a, double b) {
        double home = Math.exp(0.3 + 0.8 * a);
        double away = Math.exp(0.1 - 0.6 * a + 0.4 * b);
        double total = home + 1 + away;
        return new double[]{home / total, 1 / total, away / total};
    }
}
