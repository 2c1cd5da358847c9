package io.matchday.web.forecasts;

import io.matchday.serving.FixtureForecasts.FixtureDetail;
import io.matchday.web.Page;
import io.matchday.web.PageView;

/**
 * One fixture in detail: the champion's forecast beside the market, its band, why it is what it is (a waterfall from
 * the average fixture through each factor), and its score grid.
 *
 * @param waterfall the explanation as a chart spec, or null when the model cannot explain itself
 */
public record FixturePage(Page page, FixtureDetail detail, String waterfall) implements PageView {

    static FixturePage of(Page page, FixtureDetail detail) {
        var e = detail.explanation();
        if (e == null) {
            return new FixturePage(page, detail, null);
        }
        java.util.Map<String, java.util.List<Double>> steps = new java.util.LinkedHashMap<>();
        steps.put("home win", new java.util.ArrayList<>(java.util.List.of(e.baseline().home())));
        steps.put("draw", new java.util.ArrayList<>(java.util.List.of(e.baseline().draw())));
        steps.put("away win", new java.util.ArrayList<>(java.util.List.of(e.baseline().away())));
        for (var f : e.factors()) {
            steps.get("home win").add(f.home());
            steps.get("draw").add(f.draw());
            steps.get("away win").add(f.away());
        }
        return new FixturePage(page.withCharts(), detail, io.matchday.reports.Charts.waterfall("probability",
                e.factors().stream().map(io.matchday.serving.ForecastAnswer.Share::name).toList(), steps));
    }

    @Override
    public String template() {
        return "pages/fixture.jte";
    }
}
