package io.matchday.web;

/**
 * What the shared layout needs of every page: its title and section, who is looking, the CSRF token that forms and
 * htmx requests send back, and whether the page draws charts.
 *
 * @param signedIn     an admin session is open
 * @param adminEnabled admin keys are configured at all (otherwise actions are off)
 * @param path         the request's path with its query, where sign-in returns to
 */
public record Page(String title, Section section, boolean signedIn, boolean adminEnabled, String csrfToken, String path,
                   boolean charts) {

    public Page withCharts() {
        return new Page(title, section, signedIn, adminEnabled, csrfToken, path, true);
    }

    /** The same frame under another title (a page knows its title only once it has read what it shows). */
    public Page titled(String title) {
        return new Page(title, section, signedIn, adminEnabled, csrfToken, path, charts);
    }
}
