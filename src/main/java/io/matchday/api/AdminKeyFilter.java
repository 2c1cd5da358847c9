package io.matchday.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.http.HttpStatus;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Admin endpoints need an {@code X-API-Key} header holding one of the configured keys. Keys are
 * compared as SHA-256 digests with {@link MessageDigest#isEqual} against every configured key, so
 * the time taken says nothing about how close a guess was; neither keys nor guesses are logged.
 * Without configured keys the admin endpoints are off.
 */
class AdminKeyFilter implements Filter {

    static final String HEADER = "X-API-Key";
    static final String API_PATHS = "/api/*";

    private final List<byte[]> keyDigests;
    private final ObjectMapper json;

    AdminKeyFilter(ServingProperties properties, ObjectMapper json) {
        this.keyDigests = properties.apiKeys().stream().filter(k -> !k.isBlank()).map(AdminKeyFilter::digest).toList();
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (!guarded(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (keyDigests.isEmpty()) {
            reject(request, response, HttpStatus.FORBIDDEN, "admin endpoints are disabled: no API keys are configured "
                    + "(set MATCHDAY_API_KEYS)");
            return;
        }
        String given = request.getHeader(HEADER);
        if (given == null || given.isBlank()) {
            reject(request, response, HttpStatus.UNAUTHORIZED, "admin endpoints need the " + HEADER + " header");
            return;
        }
        if (!matches(given)) {
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
                || path.startsWith("/api/v1/simulations"));
    }

    private boolean matches(String given) {
        byte[] digest = digest(given);
        boolean match = false;
        for (byte[] key : keyDigests) {
            match |= MessageDigest.isEqual(digest, key);
        }
        return match;
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        boolean disabled = status == HttpStatus.FORBIDDEN;
        if (!disabled) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
        }
        new ApiProblem(status, disabled ? "admin-disabled" : "unauthorized", disabled ? "Admin endpoints disabled" : "Unauthorized",
                detail, List.of(), java.util.Map.of()).write(request, response, json);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
