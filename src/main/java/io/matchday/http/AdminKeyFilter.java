package io.matchday.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Admin endpoints need an {@code X-API-Key} header holding one of the configured {@link AdminKeys}.
 * Without configured keys the admin endpoints are off; a client that keeps sending wrong keys is
 * throttled (429 with {@code Retry-After}).
 */
class AdminKeyFilter extends HttpFilter {

    static final String HEADER = "X-API-Key";
    static final String API_PATHS = "/api/*";

    private final AdminKeys keys;
    private final ObjectMapper json;

    AdminKeyFilter(AdminKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!guarded(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!keys.enabled()) {
            reject(request, response, HttpStatus.FORBIDDEN, "admin endpoints are disabled: no API keys are configured "
                    + "(set MATCHDAY_API_KEYS)");
            return;
        }
        String given = request.getHeader(HEADER);
        if (given == null || given.isBlank()) {
            reject(request, response, HttpStatus.UNAUTHORIZED, "admin endpoints need the " + HEADER + " header");
            return;
        }
        AdminKeys.Check check = keys.check(request.getRemoteAddr(), given);
        if (check.throttled()) {
            long seconds = Math.max(1, (check.retryAfter().orElseThrow().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            reject(request, response, HttpStatus.TOO_MANY_REQUESTS, "too many wrong keys from this client: try again in "
                    + seconds + " s");
            return;
        }
        if (!check.accepted()) {
            reject(request, response, HttpStatus.UNAUTHORIZED, "the " + HEADER + " header holds no valid key");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Admin endpoints, and the POSTs that start work: job runs, retraining, simulations. */
    static boolean guarded(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/v1/admin/")) {
            return true;
        }
        return "POST".equals(request.getMethod()) && (path.startsWith("/api/v1/jobs/") || path.startsWith("/api/v1/retraining/")
                || path.startsWith("/api/v1/simulations") || path.equals("/retraining/trigger"));
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        boolean disabled = status == HttpStatus.FORBIDDEN;
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
        }
        String type = disabled ? "admin-disabled" : status == HttpStatus.TOO_MANY_REQUESTS ? "throttled" : "unauthorized";
        String title = disabled ? "Admin endpoints disabled" : status == HttpStatus.TOO_MANY_REQUESTS ? "Too many wrong keys"
                : "Unauthorized";
        new ApiProblem(status, type, title, detail, List.of(), java.util.Map.of()).write(request, response, json);
    }
}
