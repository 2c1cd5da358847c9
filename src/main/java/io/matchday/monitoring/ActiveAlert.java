package io.matchday.monitoring;

import java.time.Instant;
import java.util.Map;

/**
 * An alert as Alertmanager sees it: its identity (name and labels, severity among them), summary, the console link,
 * and its span — no end while active, or the end of an event's lifetime, or when it was resolved.
 */
public record ActiveAlert(String alertname, Map<String, String> labels, String summary, String generatorUrl,
                          Instant startsAt, Instant endsAt) {

    public ActiveAlert {
        labels = Map.copyOf(labels);
    }

    /** The labels besides the name and severity, as {@code key=value} pairs: what the alert is about. */
    public String about() {
        return new java.util.TreeMap<>(labels).entrySet().stream()
                .filter(e -> !e.getKey().equals("alertname") && !e.getKey().equals("severity"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    public String severity() {
        return labels.getOrDefault("severity", "");
    }
}
