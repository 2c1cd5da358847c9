package io.matchday.evaluation;

import io.matchday.data.Outcome;

/**
 * A score of one probability forecast against the outcome; lower is better. Probabilities are
 * ordered home, draw, away ({@link Outcome#ordinal()}).
 */
public interface ScoringRule {

    String name();

    double score(double[] probabilities, Outcome outcome);

    /** Ranked probability score: the squared error of the cumulative forecast, home ≺ draw ≺ away. */
    ScoringRule RPS = new ScoringRule() {
        @Override
        public String name() {
            return "rps";
        }

        @Override
        public double score(double[] p, Outcome outcome) {
            double cumulativeForecast = 0;
            double cumulativeOutcome = 0;
            double sum = 0;
            for (int i = 0; i < p.length - 1; i++) {
                cumulativeForecast += p[i];
                cumulativeOutcome += outcome.ordinal() == i ? 1 : 0;
                double d = cumulativeForecast - cumulativeOutcome;
                sum += d * d;
            }
            return sum / (p.length - 1);
        }
    };

    /** Multi-class Brier score: the sum of squared errors over the three outcomes (0 to 2). */
    ScoringRule BRIER = new ScoringRule() {
        @Override
        public String name() {
            return "brier";
        }

        @Override
        public double score(double[] p, Outcome outcome) {
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                double d = p[i] - (outcome.ordinal() == i ? 1 : 0);
                sum += d * d;
            }
            return sum;
        }
    };

    /** Negative log-likelihood of the outcome (natural log), floored at 1e-15 to stay finite. */
    ScoringRule LOG_LOSS = new ScoringRule() {
        @Override
        public String name() {
            return "logloss";
        }

        @Override
        public double score(double[] p, Outcome outcome) {
            return -Math.log(Math.max(p[outcome.ordinal()], 1e-15));
        }
    };

    /** 1 when the most probable outcome did not happen: accuracy is one minus its mean. */
    ScoringRule MISS = new ScoringRule() {
        @Override
        public String name() {
            return "miss";
        }

        @Override
        public double score(double[] p, Outcome outcome) {
            int best = 0;
            for (int i = 1; i < p.length; i++) {
                if (p[i] > p[best]) {
                    best = i;
                }
            }
            return best == outcome.ordinal() ? 0 : 1;
        }
    };
}
