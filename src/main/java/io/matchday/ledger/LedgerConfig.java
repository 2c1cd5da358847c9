package io.matchday.ledger;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a serving node writes its served forecasts.
 *
 * @param directory      where the write-ahead log and the spool live (default {@code <data home>/spool})
 * @param queueCapacity  forecasts waiting to be written before new ones go straight to the spool
 * @param batchSize      most rows in one insert batch
 * @param flushInterval  longest a forecast waits in the queue when traffic is light
 * @param replayInterval how often spooled rows are retried
 * @param fsyncInterval  how often the write-ahead log is forced to disk: what a power loss may cost
 */
public record LedgerConfig(Path directory, int queueCapacity, int batchSize, Duration flushInterval, Duration replayInterval,
                           Duration fsyncInterval) {

    public static final int DEFAULT_QUEUE_CAPACITY = 100_000;
    public static final int DEFAULT_BATCH_SIZE = 2000;
    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofMillis(200);
    public static final Duration DEFAULT_REPLAY_INTERVAL = Duration.ofSeconds(5);
    public static final Duration DEFAULT_FSYNC_INTERVAL = Duration.ofMillis(50);

    /** Every setting at its default, the log and spool in {@code directory}. */
    public static LedgerConfig defaults(Path directory) {
        return new LedgerConfig(directory, DEFAULT_QUEUE_CAPACITY, DEFAULT_BATCH_SIZE, DEFAULT_FLUSH_INTERVAL,
                DEFAULT_REPLAY_INTERVAL, DEFAULT_FSYNC_INTERVAL);
    }
}
