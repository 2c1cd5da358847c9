package io.matchday.web;

import io.matchday.api.AdminKeys;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Renders console pages: the page's own template inside the shared layout, with the request's {@link Page}. */
@Component
class Console {

    private final Templates templates;
    private final AdminKeys keys;

    Console(Templates templates, AdminKeys keys) {
        this.templates = templates;
        this.keys = keys;
    }

    Page page(HttpServletRequest request, String title, Section section) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String query = request.getQueryString();
        return new Page(title, section, signedIn(), keys.enabled(), csrf == null ? "" : csrf.getToken(),
                request.getRequestURI() + (query == null ? "" : "?" + query), false);
    }

    static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** A whole page: {@code template} gets {@code page} and the given parameters. */
    ResponseEntity<String> render(HttpStatus status, String template, Page page, Map<String, Object> params) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html(template, page, params));
    }

    ResponseEntity<String> render(String template, Page page, Map<String, Object> params) {
        return render(HttpStatus.OK, template, page, params);
    }

    String html(String template, Page page, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("page", page);
        return templates.render(template, all);
    }

    /** After an action, where the browser goes next (303: a reload does not repeat the action). */
    static ResponseEntity<String> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", location).build();
    }

    /**
     * A refused request's field errors by form field (the pointer without its slash), several on one field
     * joined; a problem about no field in particular goes under {@code form}.
     */
    static Map<String, String> fieldErrors(io.matchday.api.ApiProblem problem) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        problem.errors().forEach(f -> errors.merge(f.pointer().length() <= 1 ? "form" : f.pointer().substring(1), f.message(),
                (a, b) -> a + "; " + b));
        if (errors.isEmpty()) {
            errors.put("form", problem.getMessage());
        }
        return errors;
    }

    /** A part of a page, for htmx to swap in. */
    ResponseEntity<String> fragment(String template, Map<String, Object> params) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(templates.render(template, params));
    }
}
