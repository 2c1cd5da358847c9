package io.matchday.web.runs;

import io.matchday.models.ModelZoo;
import io.matchday.registry.TrackedBacktest;
import io.matchday.web.FormErrors;
import java.util.Arrays;
import java.util.List;

/** The start-a-backtest form as typed, what is wrong with its fields, and the divisions it offers. */
public record BacktestForm(String division, List<String> models, String seasons, String benchmark, FormErrors errors,
                           List<String> divisions) {

    /** Every backtest's defaults (the CLI's and the API's too), in the preferred division. */
    static BacktestForm defaults(String division, List<String> divisions) {
        String models = TrackedBacktest.DEFAULT_MODELS;
        return new BacktestForm(division, models.equals("all") ? ModelZoo.names()
                : Arrays.stream(models.split(",")).map(String::strip).toList(), TrackedBacktest.DEFAULT_SEASONS,
                TrackedBacktest.DEFAULT_BENCHMARK, FormErrors.NONE, divisions);
    }

    BacktestForm withErrors(FormErrors errors) {
        return new BacktestForm(division, models, seasons, benchmark, errors, divisions);
    }

    /** The field's messages in one line, or null. */
    public String error(String field) {
        return errors.text(field);
    }
}
