package io.matchday.web.forecasts;

import io.matchday.serving.FixtureForecasts.Forecasts;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import java.time.LocalDate;
import java.util.List;

/**
 * A division's forecasts: the upcoming fixtures and the stored week {@code shown} (of {@code weeks}, latest first),
 * with the ad-hoc form below. Without stored divisions, only the form.
 */
public record ForecastsPage(Page page, List<String> divisions, String division, Forecasts upcoming, Forecasts week,
                            LocalDate shown, List<LocalDate> weeks, AskForm form, List<String> teams) implements PageView {

    @Override
    public String template() {
        return "pages/forecasts.jte";
    }
}
