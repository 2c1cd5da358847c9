package io.matchday.web.runs;

import io.matchday.registry.RunComparison;
import io.matchday.web.Page;
import io.matchday.web.PageView;

/** Runs side by side: their metrics, each model's paired RPS differences, and the cumulative differences (a chart). */
public record ComparePage(Page page, RunComparison.Result result, String chart) implements PageView {

    @Override
    public String template() {
        return "pages/compare.jte";
    }
}
