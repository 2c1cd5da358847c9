package io.matchday.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.matchday.data.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed values for the forecast (0.5, 0.3, 0.2). */
class ScoringRuleTest {

    private static final double[] P = {0.5, 0.3, 0.2};

    @Test
    void rankedProbabilityScorePunishesDistanceInTheOrdering() {
        // H: ((0.5-1)² + (0.8-1)²)/2 = 0.145; D: (0.5² + 0.2²)/2 = 0.145; A: (0.5² + 0.8²)/2 = 0.445
        assertThat(ScoringRule.RPS.score(P, Outcome.HOME_WIN)).isCloseTo(0.145, within(1e-12));
        assertThat(ScoringRule.RPS.score(P, Outcome.DRAW)).isCloseTo(0.145, within(1e-12));
        assertThat(ScoringRule.RPS.score(P, Outcome.AWAY_WIN)).isCloseTo(0.445, within(1e-12));
        assertThat(ScoringRule.RPS.score(new double[]{1, 0, 0}, Outcome.HOME_WIN)).isZero();
    }

    @Test
    void brierSumsSquaredErrorsOverOutcomes() {
        // H: 0.25 + 0.09 + 0.04 = 0.38; A: 0.25 + 0.09 + 0.64 = 0.98
        assertThat(ScoringRule.BRIER.score(P, Outcome.HOME_WIN)).isCloseTo(0.38, within(1e-12));
        assertThat(ScoringRule.BRIER.score(P, Outcome.AWAY_WIN)).isCloseTo(0.98, within(1e-12));
    }

    @Test
    void logLossIsTheNegativeLogOfTheOutcomesProbabilityAndStaysFinite() {
        assertThat(ScoringRule.LOG_LOSS.score(P, Outcome.DRAW)).isCloseTo(-Math.log(0.3), within(1e-12));
        assertThat(ScoringRule.LOG_LOSS.score(new double[]{1, 0, 0}, Outcome.AWAY_WIN)).isCloseTo(34.538776, within(1e-6));
    }

    @Test
    void evaluationAveragesAndCountsHits() {
        Evaluation e = Evaluation.of(List.of(new Scored(P, Outcome.HOME_WIN), new Scored(P, Outcome.AWAY_WIN)));
        assertThat(e.matches()).isEqualTo(2);
        assertThat(e.rps()).isCloseTo((0.145 + 0.445) / 2, within(1e-12));
        assertThat(e.brier()).isCloseTo((0.38 + 0.98) / 2, within(1e-12));
        assertThat(e.accuracy()).isEqualTo(0.5);
    }

    @Test
    void calibrationErrorIsZeroForCalibratedForecastsAndLargeForOverconfidentOnes() {
        List<Scored> calibrated = new ArrayList<>();
        List<Scored> overconfident = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            // Home wins half the time, draws 30 %, away 20 %: exactly what P says.
            Outcome o = i < 50 ? Outcome.HOME_WIN : i < 80 ? Outcome.DRAW : Outcome.AWAY_WIN;
            calibrated.add(new Scored(P, o));
            overconfident.add(new Scored(new double[]{0.9, 0.05, 0.05}, o));
        }
        assertThat(Evaluation.of(calibrated).ece()).isCloseTo(0, within(1e-12));
        // Home: |0.9-0.5| = 0.4; draw: |0.05-0.3| = 0.25; away: |0.05-0.2| = 0.15 → mean 0.2667
        assertThat(Evaluation.of(overconfident).ece()).isCloseTo(0.8 / 3, within(1e-12));
    }

    @Test
    void pairedBootstrapIsSeededAndBracketsTheMean() {
        double[] a = new double[300];
        double[] b = new double[300];
        for (int i = 0; i < a.length; i++) {
            a[i] = 0.20 + (i % 7) * 0.01;
            b[i] = a[i] + 0.005 + (i % 3 - 1) * 0.002;
        }
        PairedBootstrap.Difference d = PairedBootstrap.DEFAULT.difference(a, b);
        assertThat(d.mean()).isCloseTo(-0.005, within(1e-9));
        assertThat(d.low()).isLessThan(d.mean());
        assertThat(d.high()).isGreaterThan(d.mean()).isNegative();
        assertThat(d.clearlyBelowZero()).isTrue();
        assertThat(PairedBootstrap.DEFAULT.difference(a, b)).isEqualTo(d);
    }
}
