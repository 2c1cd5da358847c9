package io.matchday.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DriftTestsTest {

    private final DriftTests tests = new DriftTests(0.01, 7);

    private static double[] normal(Random random, int n, double mean) {
        return IntStream.range(0, n).mapToDouble(i -> mean + random.nextGaussian()).toArray();
    }

    @Test
    void aHalfStandardDeviationShiftAtThreeHundredIsDetectedAndSameDistributionDataRaisesNoAlarm() {
        int detected = 0;
        int falseAlarms = 0;
        for (int seed = 0; seed < 100; seed++) {
            Random random = new Random(seed);
            double[] reference = normal(random, 300, 0);
            if (tests.numeric("x", reference, normal(random, 300, 0.5)).drifted()) {
                detected++;
            }
            if (tests.numeric("x", reference, normal(random, 300, 0)).drifted()) {
                falseAlarms++;
            }
        }
        assertThat(detected).as("shifted samples detected out of 100").isGreaterThanOrEqualTo(95);
        assertThat(100 - falseAlarms).as("same-distribution samples without alarm out of 100").isGreaterThanOrEqualTo(95);
    }

    @Test
    void distancesGrowWithTheShiftAndVanishWithout() {
        Random random = new Random(3);
        double[] reference = normal(random, 2000, 0);
        FeatureDrift same = tests.numeric("x", reference, normal(random, 2000, 0));
        FeatureDrift shifted = tests.numeric("x", reference, normal(random, 2000, 1.0));
        assertThat(same.distance()).isLessThan(0.1);
        assertThat(shifted.distance()).isCloseTo(1.0, within(0.1));   // Wasserstein of a 1 SD shift is 1 SD
        assertThat(same.psi()).isLessThan(0.05);
        assertThat(shifted.psi()).isGreaterThan(0.25);
    }

    @Test
    void categoricalDriftUsesChiSquareAndJensenShannon() {
        FeatureDrift same = tests.categorical("result", new long[]{460, 250, 290}, new long[]{46, 25, 29});
        FeatureDrift changed = tests.categorical("result", new long[]{460, 250, 290}, new long[]{200, 400, 400});
        assertThat(same.drifted()).isFalse();
        assertThat(same.distance()).isCloseTo(0.0, within(1e-9));
        assertThat(changed.drifted()).isTrue();
        assertThat(changed.distance()).isBetween(0.1, 1.0);
        assertThat(DriftTests.jensenShannon(new double[]{1, 0}, new double[]{0, 1})).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void wassersteinOfAShiftedSampleIsTheShift() {
        double[] a = {0, 1, 2, 3};
        double[] b = {2, 3, 4, 5};
        double sd = Math.sqrt((1.5 * 1.5 * 2 + 0.5 * 0.5 * 2) / 3);
        assertThat(DriftTests.wassersteinInSd(a, b)).isCloseTo(2 / sd, within(1e-12));
    }
}
