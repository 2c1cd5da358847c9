package io.matchday.monitoring;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where alerts go besides the database: Alertmanager's v2 API (which groups, deduplicates, routes and silences them)
 * and a plain JSON webhook; the console's address their links point at; and how often active alerts are re-sent,
 * as Alertmanager expects of its clients.
 *
 * @param alertmanager Alertmanager's base URL ({@code http://host:9093}), alerts posted to {@code api/v2/alerts}
 * @param webhook      a URL each raised alert is posted to as JSON
 * @param console      the console's base URL, for each alert's {@code generatorURL}
 * @param resend       how often a serving node re-sends the active alerts; an alert not re-sent for four intervals
 *                     resolves itself in Alertmanager
 */
public record AlertRouting(Optional<URI> alertmanager, Optional<URI> webhook, URI console, Duration resend) {

    public static final URI CONSOLE = URI.create("http://localhost:8080");
    public static final Duration RESEND = Duration.ofMinutes(1);
    public static final AlertRouting NONE = new AlertRouting(Optional.empty(), Optional.empty(), CONSOLE, RESEND);

    public AlertRouting {
        if (resend.isNegative() || resend.isZero()) {
            throw new IllegalArgumentException("the alert resend interval must be positive");
        }
    }

    /**
     * From {@code MATCHDAY_ALERTMANAGER_URL}, {@code MATCHDAY_ALERT_WEBHOOK_URL} and {@code MATCHDAY_CONSOLE_URL}:
     * every process (serve, jobs, CLI) reads the same three variables.
     */
    public static AlertRouting fromEnvironment(Map<String, String> env) {
        return new AlertRouting(uri(env.get("MATCHDAY_ALERTMANAGER_URL")), uri(env.get("MATCHDAY_ALERT_WEBHOOK_URL")),
                uri(env.get("MATCHDAY_CONSOLE_URL")).orElse(CONSOLE), RESEND);
    }

    public static Optional<URI> uri(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(URI.create(value.strip()));
    }
}
