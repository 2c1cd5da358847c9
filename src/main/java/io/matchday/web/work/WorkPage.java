package io.matchday.web.work;

import io.matchday.web.Page;
import io.matchday.web.PageView;

/** The page that follows one piece of work until it ends. */
public record WorkPage(Page page, WorkProgress progress) implements PageView {

    @Override
    public String template() {
        return "pages/work.jte";
    }
}
