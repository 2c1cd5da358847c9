package io.matchday.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One tracked run: a training, a backtest or a retraining, with what it was given and what
 * it saw. {@code endedAt} is null while it runs.
 */
public record Run(String id, String kind, String status, Instant startedAt, Instant endedAt, String division,
                  LocalDate windowStart, LocalDate windowEnd, String dataFingerprint, String codeVersion,
                  Map<String, Object> parameters, Map<String, String> tags, String message) {
}
