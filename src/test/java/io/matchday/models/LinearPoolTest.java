package io.matchday.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearPoolTest {

    /** Member 0 is a fair coin-ish forecaster, member 1 knows the outcomes a little better. */
    private static final List<double[][]> ROWS = new ArrayList<>();
    private static final List<Integer> OUTCOMES = new ArrayList<>();

    static {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 600; i++) {
            int y = random.nextInt(3);
            double[] sharp = {0.2, 0.2, 0.2};
            sharp[y] = 0.6;
            double[] vague = {0.45, 0.27, 0.28};
            ROWS.add(new double[][]{vague, random.nextDouble() < 0.7 ? sharp : new double[]{0.34, 0.33, 0.33}});
            OUTCOMES.add(y);
        }
    }

    @Test
    void withoutAnAnchorTheBetterMemberWinsTheWeight() {
        double[] w = LinearPool.fit(ROWS, OUTCOMES, 0);
        assertThat(w[0] + w[1]).isCloseTo(1, within(1e-12));
        assertThat(w[1]).isGreaterThan(0.8);
        assertThat(LinearPool.gap(ROWS, OUTCOMES, new double[2], w)).isLessThanOrEqualTo(1e-8 * ROWS.size());
        assertThat(LinearPool.gap(ROWS, OUTCOMES, new double[2], new double[]{0.5, 0.5})).isGreaterThan(1);
        // The optimum, not a point near it: nudging an input in its last digits barely moves the weights.
        List<double[][]> nudged = new ArrayList<>(ROWS);
        nudged.set(0, new double[][]{{0.45 + 1e-12, 0.27, 0.28 - 1e-12}, ROWS.get(0)[1]});
        assertThat(LinearPool.fit(nudged, OUTCOMES, 0)[1]).isCloseTo(w[1], within(1e-8));
    }

    @Test
    void theSpreadPullsTheWeightsTowardsEqualOnesAndStillConverges() {
        double[] free = LinearPool.fit(ROWS, OUTCOMES, 0, 0);
        double[] mild = LinearPool.fit(ROWS, OUTCOMES, 0, 0.5);
        double[] strong = LinearPool.fit(ROWS, OUTCOMES, 0, 1000);
        assertThat(mild[0]).isGreaterThan(free[0]);
        assertThat(mild[0] + mild[1]).isCloseTo(1, within(1e-12));
        assertThat(strong[0]).isCloseTo(0.5, within(0.01));
        double prior = 0.5 * ROWS.size() / 2;
        assertThat(LinearPool.gap(ROWS, OUTCOMES, new double[]{prior, prior}, mild)).isLessThanOrEqualTo(1e-8 * ROWS.size());
    }

    @Test
    void theAnchorPullsTheFirstMembersWeightTowardsOne() {
        double[] free = LinearPool.fit(ROWS, OUTCOMES, 0);
        double[] mild = LinearPool.fit(ROWS, OUTCOMES, 0.1);
        double[] strong = LinearPool.fit(ROWS, OUTCOMES, 100);
        assertThat(mild[0]).isGreaterThan(free[0]);
        assertThat(strong[0]).isGreaterThan(mild[0]).isGreaterThan(0.9);
    }
}
