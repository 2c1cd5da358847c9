package io.matchday.simulation;

import io.matchday.MatchdayException;
import io.matchday.data.Outcome;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Which outcome, if any, to back in a match, given the model's probabilities and the prices on offer. */
public enum Strategy {

    /** No bets: a pure forecasting replay. */
    NONE,
    /** The outcome with the largest expected value p × price − 1, if it reaches the threshold. */
    VALUE,
    /** The model's most probable outcome. */
    FAVOURITE,
    /** A uniformly random outcome from a seeded generator: the baseline any strategy must beat. */
    RANDOM;

    Optional<Outcome> pick(double[] p, double[] prices, double threshold, RandomGenerator random) {
        return switch (this) {
            case NONE -> Optional.empty();
            case FAVOURITE -> Optional.of(Outcome.values()[argmax(p)]);
            case RANDOM -> Optional.of(Outcome.values()[random.nextInt(3)]);
            case VALUE -> {
                double[] ev = new double[3];
                for (int i = 0; i < 3; i++) {
                    ev[i] = p[i] * prices[i] - 1;
                }
                int best = argmax(ev);
                yield ev[best] >= threshold ? Optional.of(Outcome.values()[best]) : Optional.empty();
            }
        };
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    public static Strategy parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MatchdayException("strategy must be none, value, favourite or random, got '" + text + "'");
        }
    }
}
