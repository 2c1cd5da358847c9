package io.matchday.evaluation;

import io.matchday.data.Match;
import java.util.List;

/**
 * The outcome of a walk-forward backtest: every model's forecasts for the same matches, scored.
 * {@code excluded} counts test matches left out because a price-based model had no prices;
 * {@code benchmark} names the model every ΔRPS is measured against (the closing market by default);
 * {@code leftOut} says which models could not forecast the window (e.g. {@code market} in seasons
 * without closing prices) and were left out of it rather than emptying the comparison; {@code totals}
 * scores the models with a score grid on over/under 2.5 goals against that market (null without either).
 */
public record BacktestReport(String division, String testSeasons, List<Match> matches, List<ModelResult> models,
                             int excluded, double seconds, String benchmark, List<String> leftOut, Totals totals) {

    public BacktestReport {
        leftOut = List.copyOf(leftOut);
    }

    /** The date of each scored match, in the order of {@link #matches()}. */
    public List<java.time.LocalDate> dates() {
        return matches.stream().map(Match::date).toList();
    }

    public ModelResult model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model " + name + " in the report"));
    }
}
