package io.matchday.web.replays;

import io.matchday.web.Page;
import io.matchday.web.PageView;
import io.matchday.work.BackgroundWork;
import java.util.List;

/** Recent replays and the form that starts one with any of {@code models}. */
public record ReplaysPage(Page page, List<BackgroundWork.Status> replays, ReplayForm form, List<String> models)
        implements PageView {

    @Override
    public String template() {
        return "pages/replays.jte";
    }
}
