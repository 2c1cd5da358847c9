package io.matchday.web;

import io.matchday.http.AdminKeys;
import io.matchday.reports.Templates;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Renders console pages: a {@link View} record through its template, and the {@link Page} frame of a request. */
@Component
public final class Console {

    private final Templates templates;
    private final AdminKeys keys;

    Console(Templates templates, AdminKeys keys) {
        this.templates = templates;
        this.keys = keys;
    }

    /** The frame of a page for this request: who is looking, the CSRF token, where sign-in returns to. */
    public Page page(HttpServletRequest request, String title, Section section) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String query = request.getQueryString();
        return new Page(title, section, signedIn(), keys.enabled(), csrf == null ? "" : csrf.getToken(),
                request.getRequestURI() + (query == null ? "" : "?" + query), false);
    }

    static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    public ResponseEntity<String> render(View view) {
        return render(HttpStatus.OK, view);
    }

    /** A page or a fragment for htmx to swap in, with {@code status}. */
    public ResponseEntity<String> render(HttpStatus status, View view) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html(view));
    }

    public String html(View view) {
        return templates.render(view.template(), view);
    }

    /** After an action, where the browser goes next (303: a reload does not repeat the action). */
    public static ResponseEntity<String> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", location).build();
    }
}
