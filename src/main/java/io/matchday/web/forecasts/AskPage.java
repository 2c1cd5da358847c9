package io.matchday.web.forecasts;

import io.matchday.serving.ForecastAnswer;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import java.util.List;

/** The ad-hoc forecast: the form as typed and, when it was valid, the answer the API would give. */
public record AskPage(Page page, AskForm form, ForecastAnswer answer, List<String> teams, List<String> divisions)
        implements PageView {

    @Override
    public String template() {
        return "pages/ask.jte";
    }
}
