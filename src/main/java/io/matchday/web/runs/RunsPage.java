package io.matchday.web.runs;

import io.matchday.serving.RunViews.RunRow;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import io.matchday.work.BackgroundWork;
import java.util.List;

/**
 * Tracked runs, newest first, filtered by {@code kind} and {@code division} (blank: any), of {@code total} in all;
 * the form that starts a backtest over {@code models}, and the backtests running now.
 */
public record RunsPage(Page page, List<RunRow> rows, int total, List<String> kinds, List<String> divisions, String kind,
                       String division, BacktestForm form, List<String> models, List<BackgroundWork.Status> running)
        implements PageView {

    @Override
    public String template() {
        return "pages/runs.jte";
    }
}
