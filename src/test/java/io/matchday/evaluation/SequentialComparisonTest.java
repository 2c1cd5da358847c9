package io.matchday.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SequentialComparisonTest {

    /** Paired RPS differences with the spread real ones have (sd about 0.04 per match), around {@code mean}. */
    private static double pair(SplittableRandom random, double mean) {
        double d = mean + 0.04 * random.nextGaussian();
        return Math.max(-1, Math.min(1, d));
    }

    @Test
    void identicalForecastsNeverPromoteAndTheSequenceShrinksOntoZero() {
        SequentialComparison c = new SequentialComparison(0.05);
        for (int i = 0; i < 5000; i++) {
            c.add(0);
            assertThat(c.result().eValue()).isLessThanOrEqualTo(1.0);
        }
        SequentialComparison.Result r = c.result();
        assertThat(r.decision()).isEqualTo(SequentialComparison.Decision.COLLECTING);
        assertThat(r.low()).isLessThanOrEqualTo(0).isGreaterThan(-0.01);
        assertThat(r.high()).isGreaterThanOrEqualTo(0).isLessThan(0.01);
    }

    @Test
    void lookingAfterEveryPairPromotesANoBetterChallengerAtMostAlphaOfTheTime() {
        // 200 A/A streams of three seasons' pairs, checked after every pair: a repeated fixed-sample test promotes far more.
        SplittableRandom random = new SplittableRandom(42);
        int promoted = 0;
        int naive = 0;
        for (int stream = 0; stream < 200; stream++) {
            SequentialComparison c = new SequentialComparison(0.05);
            boolean naiveHit = false;
            boolean hit = false;
            for (int i = 0; i < 1140; i++) {
                c.add(pair(random, 0));
                SequentialComparison.Result r = c.result();
                hit |= r.decision() == SequentialComparison.Decision.PROMOTE;
                naiveHit |= i >= 30 && r.fixedHigh() < 0;
            }
            promoted += hit ? 1 : 0;
            naive += naiveHit ? 1 : 0;
        }
        assertThat(promoted).as("false promotions of 200").isLessThanOrEqualTo(10);
        assertThat(naive).as("the fixed-sample interval, peeked at daily, is fooled far more often").isGreaterThan(2 * promoted + 20);
    }

    @Test
    void aClearlyBetterChallengerIsPromotedAndAClearlyWorseOneIsNot() {
        SplittableRandom random = new SplittableRandom(7);
        SequentialComparison better = new SequentialComparison(0.05);
        SequentialComparison worse = new SequentialComparison(0.05);
        for (int i = 0; i < 2000; i++) {
            better.add(pair(random, -0.01));
            worse.add(pair(random, 0.01));
        }
        assertThat(better.result().decision()).isEqualTo(SequentialComparison.Decision.PROMOTE);
        assertThat(better.result().high()).isNegative();
        assertThat(better.result().low()).isLessThan(-0.01 + 0.01).isGreaterThan(-0.03);
        assertThat(worse.result().decision()).isEqualTo(SequentialComparison.Decision.KEEP_CHAMPION);
        assertThat(worse.result().low()).isPositive();
    }

    @Test
    void theSequenceCoversTheTrueMeanAtEveryLook() {
        SplittableRandom random = new SplittableRandom(3);
        int missed = 0;
        for (int stream = 0; stream < 100; stream++) {
            SequentialComparison c = new SequentialComparison(0.05);
            boolean miss = false;
            for (int i = 0; i < 760; i++) {
                c.add(pair(random, -0.005));
                SequentialComparison.Result r = c.result();
                miss |= r.low() > -0.005 || r.high() < -0.005;
            }
            missed += miss ? 1 : 0;
        }
        assertThat(missed).as("streams where the sequence ever missed the mean, of 100").isLessThanOrEqualTo(5);
    }

    @Test
    void differencesOutsideTheScoresRangeAreRefused() {
        assertThatThrownBy(() -> new SequentialComparison(0.05).add(1.5)).hasMessageContaining("[-1, 1]");
        assertThatThrownBy(() -> new SequentialComparison(0)).hasMessageContaining("alpha");
    }
}
