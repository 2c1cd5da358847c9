package io.matchday.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Worked example: prices 2.7 / 2.3 / 4.4 (implied 0.37037 + 0.43478 + 0.22727 = 1.03243, a 3.24 %
 * margin). Expected values were computed independently from each method's formula.
 */
class MarginRemovalTest {

    private static final double[] ODDS = {2.7, 2.3, 4.4};

    private static void assertProbabilities(MarginRemoval method, double... expected) {
        assertThat(method.probabilities(ODDS)).containsExactly(expected, within(1e-6));
    }

    @Test
    void multiplicative() {
        assertProbabilities(MarginRemoval.MULTIPLICATIVE, 0.358738, 0.421127, 0.220135);
    }

    @Test
    void additive() {
        assertProbabilities(MarginRemoval.ADDITIVE, 0.359562, 0.423974, 0.216464);
    }

    @Test
    void power() {
        assertProbabilities(MarginRemoval.POWER, 0.359171, 0.423731, 0.217098);
    }

    @Test
    void shinSolvesForTheInsiderShare() {
        assertProbabilities(MarginRemoval.SHIN, 0.359344, 0.423244, 0.217412);
    }

    @Test
    void oddsRatio() {
        assertProbabilities(MarginRemoval.ODDS_RATIO, 0.358810, 0.422561, 0.218628);
    }

    @Test
    void differentialEqualsAdditiveInProbabilities() {
        assertThat(MarginRemoval.DIFFERENTIAL.probabilities(ODDS))
                .containsExactly(MarginRemoval.ADDITIVE.probabilities(ODDS), within(1e-12));
    }

    @Test
    void logarithmic() {
        assertProbabilities(MarginRemoval.LOGARITHMIC, 0.360634, 0.426618, 0.212749);
    }

    @ParameterizedTest
    @EnumSource(MarginRemoval.class)
    void everyMethodGivesProperProbabilitiesEvenForExtremePrices(MarginRemoval method) {
        for (double[] odds : new double[][]{{1.05, 15, 41}, {1.5, 4, 6}, {12, 6, 1.25}, {2, 2, 2}}) {
            double[] p = method.probabilities(odds);
            assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-12));
            for (double x : p) {
                assertThat(x).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void longShotsLoseMoreUnderShinThanUnderMultiplicative() {
        double[] shin = MarginRemoval.SHIN.probabilities(1.2, 6.5, 15);
        double[] mult = MarginRemoval.MULTIPLICATIVE.probabilities(1.2, 6.5, 15);
        assertThat(shin[2]).isLessThan(mult[2]);
        assertThat(shin[0]).isGreaterThan(mult[0]);
    }

    @Test
    void rejectsPricesNotAboveOne() {
        assertThatThrownBy(() -> MarginRemoval.SHIN.probabilities(1.0, 3, 4)).hasMessageContaining("above 1.0");
        assertThatThrownBy(() -> MarginRemoval.parse("magic")).hasMessageContaining("unknown margin removal method 'magic'");
    }
}
