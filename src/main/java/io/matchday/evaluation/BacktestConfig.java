package io.matchday.evaluation;

import io.matchday.data.SeasonRange;

/**
 * How a walk-forward backtest runs.
 *
 * @param testSeasons the seasons whose matches are forecast, week by week
 * @param rollingDays 0 for an expanding window (everything before the week); otherwise only the
 *                    matches of the last {@code rollingDays} days before the week
 * @param threads parallel trainings (models × weeks are independent, so results do not depend on it)
 */
public record BacktestConfig(SeasonRange testSeasons, int rollingDays, int threads) {

    public BacktestConfig {
        if (testSeasons.isAll()) {
            throw new io.matchday.MatchdayException("name the test seasons, e.g. 2019-20..2023-24 (not all)");
        }
        if (threads < 1) {
            throw new io.matchday.MatchdayException("threads must be at least 1");
        }
    }
}
