package io.matchday.jobs;

import java.time.Instant;

/** One retraining run: what triggered it, the candidate version, the gate's decision, or why it failed. */
public record RetrainingRun(String id, String model, String node, Instant startedAt, Instant endedAt, String status,
                            String triggers, Integer candidate, String decision, String message) {
}
