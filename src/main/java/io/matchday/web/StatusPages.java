package io.matchday.web;

/** The pages that are about the request rather than a section: an error, an unknown URL, an action refused. */
public final class StatusPages {

    private StatusPages() {
    }

    /** What was wrong, in a sentence: never a stack trace or problem JSON. */
    public record ErrorPage(Page page, int status, String title, String detail) implements PageView {
        @Override
        public String template() {
            return "pages/error.jte";
        }
    }

    public record NotFoundPage(Page page) implements PageView {
        @Override
        public String template() {
            return "pages/notfound.jte";
        }
    }

    /** An action that needs an admin session: how to sign in. */
    public record RefusedPage(Page page) implements PageView {
        @Override
        public String template() {
            return "pages/refused.jte";
        }
    }

    /** The same, as a fragment for htmx to swap in. */
    public record RefusedFragment(Page page) implements View {
        @Override
        public String template() {
            return "fragments/refused.jte";
        }
    }
}
