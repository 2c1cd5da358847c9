package io.matchday.monitoring;

import java.time.Instant;

/** Something monitoring wants a person to look at: what, about which model, the value seen and the threshold. */
public record Alert(String id, Instant raisedAt, String kind, String severity, String subject, String message,
                    Double observed, Double threshold) {
}
