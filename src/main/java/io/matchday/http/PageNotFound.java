package io.matchday.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A page for a person who followed a wrong link: the console supplies one, so an unknown URL
 * outside the API answers a page in a browser and problem JSON to a client.
 */
public interface PageNotFound {

    /** The HTML of the not-found page for this request. */
    String render(HttpServletRequest request);

    /** Whether the request is a person's browser asking for a page rather than a client of the API. */
    static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html") && !path.startsWith("/api/") && !path.equals("/predict")
                && !path.startsWith("/actuator") && !path.startsWith("/v3/");
    }
}
