package io.matchday.monitoring;

import java.time.Instant;
import java.util.List;

/** One monitoring run of a champion: drift, performance, days since training, and the alerts it raised. */
public record MonitoringResult(String id, String model, int version, Instant at, DriftReport drift, Performance performance,
                               Double validationRps, long daysSinceTraining, List<Alert> alerts) {
}
