package io.matchday.models;

import java.util.function.IntFunction;

/**
 * Exact Shapley values of a few players (parameter or feature groups), by enumerating every coalition:
 * with at most eight players that is at most 256 evaluations of the model, each a score grid or a
 * softmax. The values add up, output by output, to v(everyone) − v(nobody): the forecast minus the
 * baseline, to rounding.
 */
final class Shapley {

    static final int MAX_PLAYERS = 12;

    private Shapley() {
    }

    /**
     * @param value the model's outputs with the players in a coalition (bit i of the mask set: player i at the
     *              fixture's value, else at the baseline's)
     * @return the baseline's outputs in row 0, then one row per player
     */
    static double[][] values(int players, IntFunction<double[]> value) {
        if (players > MAX_PLAYERS) {
            throw new IllegalArgumentException("too many players for exact Shapley values: " + players);
        }
        int coalitions = 1 << players;
        double[][] v = new double[coalitions][];
        for (int mask = 0; mask < coalitions; mask++) {
            v[mask] = value.apply(mask);
        }
        int outputs = v[0].length;
        double[] weight = new double[players];
        for (int size = 0; size < players; size++) {
            // |S|! (n − |S| − 1)! / n!
            weight[size] = 1 / (players * binomial(players - 1, size));
        }
        double[][] phi = new double[players + 1][outputs];
        phi[0] = v[0].clone();
        for (int mask = 0; mask < coalitions; mask++) {
            int size = Integer.bitCount(mask);
            for (int i = 0; i < players; i++) {
                if ((mask & (1 << i)) == 0) {
                    double w = weight[size];
                    double[] with = v[mask | (1 << i)];
                    double[] without = v[mask];
                    for (int o = 0; o < outputs; o++) {
                        phi[i + 1][o] += w * (with[o] - without[o]);
                    }
                }
            }
        }
        return phi;
    }

    private static double binomial(int n, int k) {
        double b = 1;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }
}
