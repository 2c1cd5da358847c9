package io.matchday.jobs;

import java.time.Instant;

/** One execution of a job: where and why it ran, how it ended, and what it did or why it failed. */
public record JobRun(String id, String job, String node, String trigger, Instant scheduledFor, Instant startedAt,
                     Instant endedAt, String status,
                     String message) {
}
