package io.matchday.web.runs;

import io.matchday.web.Page;
import io.matchday.web.PageView;
import java.util.List;

/** The start-a-backtest form again, with what was wrong with it. */
public record BacktestPage(Page page, BacktestForm form, List<String> models) implements PageView {

    @Override
    public String template() {
        return "pages/backtest.jte";
    }
}
