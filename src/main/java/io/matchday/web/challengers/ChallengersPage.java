package io.matchday.web.challengers;

import io.matchday.serving.ChallengerViews.Challenger;
import io.matchday.web.Notice;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import java.util.List;

/** Every challenger with its live standing, and the form that adds one. */
public record ChallengersPage(Page page, List<Challenger> challengers, Notice notice) implements PageView {

    @Override
    public String template() {
        return "pages/challengers.jte";
    }
}
