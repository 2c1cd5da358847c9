package io.matchday.monitoring;

import java.time.LocalDate;

/**
 * How the champion did on the matches settled since its training window, beside the closing
 * market on the same matches; rolling over the most recent {@code matches}.
 */
public record Performance(int settledSinceTraining, int matches, LocalDate from, LocalDate to, Scores champion,
                          Scores market) {

    public record Scores(double rps, double brier, double logLoss, double accuracy) {
    }

    public boolean judged(int minSettled) {
        return settledSinceTraining >= minSettled && matches > 0;
    }
}
