package io.matchday.models;

/**
 * Probabilities of every scoreline up to {@code maxGoals} a side, normalised to sum to one. The
 * outcome, over/under and both-teams-to-score markets all derive from it, so they agree.
 */
public record ScoreGrid(double[][] probabilities) {

    public ScoreGrid {
        double total = 0;
        for (double[] row : probabilities) {
            for (double p : row) {
                if (!(p >= 0) || !Double.isFinite(p)) {
                    throw new IllegalArgumentException("scoreline probability " + p);
                }
                total += p;
            }
        }
        double[][] normalised = new double[probabilities.length][];
        for (int i = 0; i < probabilities.length; i++) {
            normalised[i] = new double[probabilities[i].length];
            for (int j = 0; j < probabilities[i].length; j++) {
                normalised[i][j] = probabilities[i][j] / total;
            }
        }
        probabilities = normalised;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreGrid g && java.util.Arrays.deepEquals(probabilities, g.probabilities);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(probabilities);
    }

    @Override
    public String toString() {
        return "ScoreGrid[0.." + maxGoals() + " goals]";
    }

    public double probability(int homeGoals, int awayGoals) {
        return probabilities[homeGoals][awayGoals];
    }

    public int maxGoals() {
        return probabilities.length - 1;
    }

    public double[] outcomeProbabilities() {
        double home = 0;
        double draw = 0;
        double away = 0;
        for (int i = 0; i < probabilities.length; i++) {
            for (int j = 0; j < probabilities[i].length; j++) {
                if (i > j) {
                    home += probabilities[i][j];
                } else if (i == j) {
                    draw += probabilities[i][j];
                } else {
                    away += probabilities[i][j];
                }
            }
        }
        // Guard the sum-to-one contract against accumulated rounding.
        double total = home + draw + away;
        return new double[]{home / total, draw / total, 1 - home / total - draw / total};
    }

    public double expectedHomeGoals() {
        double e = 0;
        for (int i = 0; i < probabilities.length; i++) {
            for (int j = 0; j < probabilities[i].length; j++) {
                e += i * probabilities[i][j];
            }
        }
        return e;
    }

    public double expectedAwayGoals() {
        double e = 0;
        for (int i = 0; i < probabilities.length; i++) {
            for (int j = 0; j < probabilities[i].length; j++) {
                e += j * probabilities[i][j];
            }
        }
        return e;
    }

    public double over(double line) {
        double p = 0;
        for (int i = 0; i < probabilities.length; i++) {
            for (int j = 0; j < probabilities[i].length; j++) {
                if (i + j > line) {
                    p += probabilities[i][j];
                }
            }
        }
        return p;
    }

    public double bothTeamsScore() {
        double p = 0;
        for (int i = 1; i < probabilities.length; i++) {
            for (int j = 1; j < probabilities[i].length; j++) {
                p += probabilities[i][j];
            }
        }
        return p;
    }

    /** The single most likely scoreline, {home, away}. */
    public int[] mostLikelyScore() {
        int[] best = {0, 0};
        for (int i = 0; i < probabilities.length; i++) {
            for (int j = 0; j < probabilities[i].length; j++) {
                if (probabilities[i][j] > probabilities[best[0]][best[1]]) {
                    best = new int[]{i, j};
                }
            }
        }
        return best;
    }
}
