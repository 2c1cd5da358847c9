package io.matchday.registry;

import java.time.Instant;
import java.util.List;

/** One registered version of a model, the run that made it, and the aliases that point at it. */
public record ModelVersion(String model, int version, String runId, String trainer, String artifactSha256,
                           String decision, Instant createdAt, List<String> aliases) {
}
