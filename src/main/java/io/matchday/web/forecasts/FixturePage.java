package io.matchday.web.forecasts;

import io.matchday.serving.FixtureForecasts.FixtureDetail;
import io.matchday.web.Page;
import io.matchday.web.PageView;

/** One fixture in detail: the champion's forecast beside the market, and its score grid. */
public record FixturePage(Page page, FixtureDetail detail) implements PageView {

    @Override
    public String template() {
        return "pages/fixture.jte";
    }
}
