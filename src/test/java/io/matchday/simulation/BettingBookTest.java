package io.matchday.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.matchday.data.Outcome;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Three matches worked out by hand. */
class BettingBookTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    @Test
    void flatValueBetsOnThreeMatchesAsComputedByHand() {
        BettingBook book = new BettingBook(Strategy.VALUE, new Staking.Flat(10), 0.05, 100, 1);
        // 1: EV = 0.5*2.2-1 = +0.10 (home), 0.3*3.4-1 = +0.02, 0.2*4.0-1 = -0.20 → back home, 10 at 2.2; home wins: +12.
        var first = book.play(DAY, "A", "B", new double[]{0.5, 0.3, 0.2}, new double[]{2.2, 3.4, 4.0},
                new double[]{2.0, 3.5, 4.2}, Outcome.HOME_WIN).orElseThrow();
        assertThat(first.pick()).isEqualTo(Outcome.HOME_WIN);
        assertThat(first.profit()).isCloseTo(12.0, within(1e-12));
        assertThat(first.clv()).isCloseTo(0.10, within(1e-12));   // 2.2 / 2.0 - 1
        // 2: EVs -0.04, -0.04, -0.10: no value, no bet.
        assertThat(book.play(DAY, "C", "D", new double[]{0.4, 0.3, 0.3}, new double[]{2.4, 3.2, 3.0}, null, Outcome.DRAW)).isEmpty();
        // 3: EVs 0.0, -0.125, +0.15 → back away, 10 at 2.3; a draw: -10. Bankroll 112 → 102.
        var third = book.play(DAY, "E", "F", new double[]{0.25, 0.25, 0.5}, new double[]{4.0, 3.5, 2.3},
                new double[]{4.2, 3.4, 2.5}, Outcome.DRAW).orElseThrow();
        assertThat(third.pick()).isEqualTo(Outcome.AWAY_WIN);
        assertThat(third.profit()).isEqualTo(-10.0);
        assertThat(third.clv()).isCloseTo(2.3 / 2.5 - 1, within(1e-12));   // -0.08

        BettingSummary s = book.summary();
        assertThat(s.bets()).isEqualTo(2);
        assertThat(s.won()).isEqualTo(1);
        assertThat(s.hitRate()).isEqualTo(0.5);
        assertThat(s.staked()).isEqualTo(20.0);
        assertThat(s.profit()).isCloseTo(2.0, within(1e-12));
        assertThat(s.roi()).isCloseTo(0.02, within(1e-12));          // 2 / 100
        assertThat(s.yield()).isCloseTo(0.10, within(1e-12));        // 2 / 20
        assertThat(s.endBankroll()).isCloseTo(102.0, within(1e-12));
        assertThat(s.maxDrawdown()).isCloseTo(10.0 / 112, within(1e-12));   // 112 → 102
        assertThat(s.clv()).isCloseTo(0.01, within(1e-12));          // (0.10 - 0.08) / 2
        assertThat(s.roiLow()).isLessThanOrEqualTo(s.roi());
        assertThat(s.roiHigh()).isGreaterThanOrEqualTo(s.roi());
    }

    @Test
    void fractionalKellyStakesAShareOfTheBankrollUpToTheCap() {
        // Full Kelly at p 0.5, price 2.2: (0.5*2.2-1)/(2.2-1) = 0.08333; a quarter is 2.083 % of 100.
        assertThat(new Staking.Kelly(0.25, 0.05).stake(0.5, 2.2, 100)).isCloseTo(100 * 0.25 / 12, within(1e-12));
        // Half Kelly would be 4.17 %, capped at 3 %.
        assertThat(new Staking.Kelly(0.5, 0.03).stake(0.5, 2.2, 100)).isCloseTo(3.0, within(1e-12));
        // No edge, no stake.
        assertThat(new Staking.Kelly(0.5, 0.05).stake(0.4, 2.4, 100)).isZero();
        assertThat(Staking.parse("kelly:0.25")).isEqualTo(new Staking.Kelly(0.25, 0.05));
        assertThat(Staking.parse("flat:2")).isEqualTo(new Staking.Flat(2));
        assertThatThrownBy(() -> Staking.parse("martingale")).hasMessageContaining("flat:UNITS or kelly:FRACTION");
    }

    @Test
    void theFavouriteAndTheSeededRandomBaselineRepeat() {
        BettingBook favourite = new BettingBook(Strategy.FAVOURITE, new Staking.Flat(1), 0, 10, 1);
        assertThat(favourite.play(DAY, "A", "B", new double[]{0.2, 0.3, 0.5}, new double[]{5, 3.3, 2}, null, Outcome.AWAY_WIN)
                .orElseThrow().pick()).isEqualTo(Outcome.AWAY_WIN);
        BettingBook one = new BettingBook(Strategy.RANDOM, new Staking.Flat(1), 0, 100, 42);
        BettingBook two = new BettingBook(Strategy.RANDOM, new Staking.Flat(1), 0, 100, 42);
        for (int i = 0; i < 20; i++) {
            double[] p = {0.4, 0.3, 0.3};
            double[] prices = {2.5, 3.3, 3.3};
            assertThat(one.play(DAY, "A", "B", p, prices, null, Outcome.HOME_WIN).orElseThrow().pick())
                    .isEqualTo(two.play(DAY, "A", "B", p, prices, null, Outcome.HOME_WIN).orElseThrow().pick());
        }
        assertThat(one.summary()).isEqualTo(two.summary());
    }
}
