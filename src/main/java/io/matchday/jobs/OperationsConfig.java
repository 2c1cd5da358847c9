package io.matchday.jobs;

import io.matchday.data.Division;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the recurring jobs work on and when they run.
 *
 * @param divisions      divisions refreshed, forecast, monitored and retrained (each as {@code <div>-outcome})
 * @param crons          job name → cron, overriding each job's default
 * @param retries        attempts after a failure before waiting for the next scheduled time
 * @param backoff        wait before the first retry; doubles with each further one
 * @param polling        how often a node looks for due executions (a dead node's run is taken over within 12 of these)
 */
public record OperationsConfig(List<Division> divisions, Map<String, String> crons, int retries, Duration backoff,
                               Duration polling) {

    public static final OperationsConfig DEFAULTS = new OperationsConfig(List.of(Division.DEFAULT), Map.of(), 3,
            Duration.ofMinutes(1), Duration.ofSeconds(10));
}
