package io.matchday.web.challengers;

import io.matchday.serving.ChallengerViews.Challenger;
import io.matchday.web.Notice;
import io.matchday.web.Page;
import io.matchday.web.PageView;

/** One challenger: its standing, the chart of its cumulative difference with the confidence sequence, its actions. */
public record ChallengerPage(Page page, Challenger challenger, String chart, Notice notice) implements PageView {

    @Override
    public String template() {
        return "pages/challenger.jte";
    }
}
