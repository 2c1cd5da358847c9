package io.matchday.web;

/** The pages that are about the request rather than a section: an error, an unknown URL, an action refused. */
public final class StatusPages {

    static final String NOT_FOUND = "pages/notfound.jte";
    static final String REFUSED = "pages/refused.jte";
    static final String REFUSED_FRAGMENT = "fragments/refused.jte";

    private StatusPages() {
    }

    /** What was wrong, in a sentence: never a stack trace or problem JSON. */
    public record ErrorPage(Page page, int status, String title, String detail) implements PageView {
        @Override
        public String template() {
            return "pages/error.jte";
        }
    }

    /** A page (or a fragment for htmx) that needs nothing but its frame: an unknown URL, an action that needs a session. */
    public record Frame(Page page, String template) implements PageView {
    }
}
