package io.matchday.jobs;

import java.time.Duration;
import java.util.Optional;

/**
 * Work the cluster runs once, on whichever node's scheduler picks it (background work started by a
 * person or a client). The scheduler keeps a heartbeat on it; if its node dies, another node is told.
 */
public interface OneTimeWork {

    /** Runs work {@code id} to its end; or, when it may not start yet (a concurrency limit), how long to wait. */
    Optional<Duration> run(String id);

    /** The node running {@code id} died: record it, and say whether the work should run again on another node. */
    boolean died(String id, String node);
}
