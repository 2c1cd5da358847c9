package io.matchday.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends every served forecast to the ledger off the database path: a request appends its row to
 * the node's write-ahead log ({@link LedgerWal}, one write call, so a killed process loses nothing
 * answered) and offers it to a bounded queue; one writer thread drains the queue in batches into
 * the database, and the log's segments are dropped once their rows are stored. When the database
 * fails, the batch goes to the local spool, replayed once the database answers again; when the
 * queue is full, the row is spooled directly. At start, rows an earlier process left in the log are
 * stored first. Stopping the node writes (or spools) whatever is queued. Nothing is dropped.
 *
 * <p>The node starts it before it accepts the first request ({@link #start}) and stops it after the last answer
 * ({@link #stop}); the clock decides when log segments rotate and spooled rows are retried.
 */
public final class LedgerWriter {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerWriter.class);

    private final LedgerStore store;
    private final LedgerConfig settings;
    private final Clock clock;
    private final BlockingQueue<Pending> queue;
    private final LedgerSpool spool;
    private final LedgerWal wal;
    private final java.util.concurrent.ScheduledExecutorService fsync = java.util.concurrent.Executors
            .newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ledger-fsync");
                t.setDaemon(true);
                return t;
            });
    private final Counter written;
    private final Counter spooled;
    private final Counter replayed;
    private volatile boolean running;
    private volatile boolean databaseFailing;
    private Thread writer;

    /** Opens this node's log and spool in the config's directory; nothing runs until {@link #start}. */
    public LedgerWriter(LedgerStore store, LedgerConfig settings, String node, ObjectMapper json, MeterRegistry meters,
                        Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.spool = new LedgerSpool(settings.directory(), node, json);
        this.wal = new LedgerWal(settings.directory(), json, clock);
        Gauge.builder("matchday.ledger.queue.depth", queue, q -> q.size())
                .description("Forecasts waiting to be written to the ledger").register(meters);
        Gauge.builder("matchday.ledger.spool.size", spool, LedgerSpool::size)
                .description("Ledger rows spooled to the local file, waiting for the database").register(meters);
        this.written = Counter.builder("matchday.ledger.written").description("Ledger rows written to the database").register(meters);
        this.spooled = Counter.builder("matchday.ledger.spooled").description("Ledger rows spooled").register(meters);
        this.replayed = Counter.builder("matchday.ledger.replayed").description("Spooled rows written on replay").register(meters);
    }

    /** A row on its way to the database, with the log segment that holds it meanwhile. */
    private record Pending(ServedPrediction row, long segment) {
    }

    /**
     * Logs the row (when this returns, a crash of the process cannot lose it), then queues it for the
     * database; never blocks: a full queue sends the row to the spool instead.
     */
    public void record(ServedPrediction row) {
        long segment = wal.append(row);
        if (!queue.offer(new Pending(row, segment))) {
            spool(List.of(row));
            wal.acknowledge(segment, 1);
        }
    }

    public void recordAll(List<ServedPrediction> rows) {
        for (ServedPrediction row : rows) {
            record(row);
        }
    }

    public int queued() {
        return queue.size();
    }

    public long spooled() {
        return spool.size();
    }

    /** The last write to the database failed: rows go to the spool until one succeeds. */
    public boolean databaseFailing() {
        return databaseFailing;
    }

    /** Stores what an earlier process left in the log, then starts the writer and the log's group fsync. */
    public synchronized void start() {
        if (running) {
            return;
        }
        recoverLog();
        long every = settings.fsyncInterval().toNanos();
        fsync.scheduleWithFixedDelay(this::forceLog, every, every, TimeUnit.NANOSECONDS);
        running = true;
        writer = new Thread(this::drainLoop, "ledger-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Writes (or spools) whatever is queued and closes the log: call it after the last forecast is answered. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        // Not interrupted: the writer sees the flag within one flush interval, and an interrupt in the middle of
        // a database write would spool a batch the database may already hold.
        fsync.shutdown();
        try {
            if (writer != null) {
                writer.join(settings.flushInterval().toMillis() + 10_000);
            }
            fsync.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Whatever the writer did not get to: write it, or keep it in the spool for the next start.
        List<Pending> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            write(rest);
        }
        wal.close();
    }

    /** Rows an earlier process logged: stored (a replay skips those already there), or spooled, before serving starts. */
    private void recoverLog() {
        List<ServedPrediction> left = wal.leftovers();
        if (!left.isEmpty()) {
            try {
                int added = store.appendMissing(left);
                LOG.warn("recovered {} ledger rows from the write-ahead log of an earlier process ({} were stored already)",
                        left.size(), left.size() - added);
            } catch (RuntimeException | AssertionError e) {
                spool(left);
            }
        }
        wal.dropLeftovers();
    }

    private void forceLog() {
        try {
            wal.force();
        } catch (RuntimeException e) {
            LOG.error("cannot force the ledger's write-ahead log to disk", e);
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void drainLoop() {
        long flushMillis = settings.flushInterval().toMillis();
        long replayEvery = settings.replayInterval().toMillis();
        long nextReplay = clock.millis();
        long rotateEvery = settings.flushInterval().toMillis() * 5;
        List<Pending> batch = new ArrayList<>(settings.batchSize());
        while (running) {
            try {
                wal.rotateIfOlderThan(rotateEvery);
                Pending first = queue.poll(flushMillis, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, settings.batchSize() - 1);
                    write(batch);
                    batch.clear();
                }
                if (spool.size() > 0 && clock.millis() - nextReplay >= 0) {
                    nextReplay = clock.millis() + replayEvery;
                    replay();
                }
            } catch (InterruptedException e) {
                // Only stop() ends the loop; an interrupt from anywhere else (a driver, say) is not a shutdown.
                if (!batch.isEmpty()) {
                    write(batch);
                    batch.clear();
                }
            } catch (RuntimeException | Error e) {
                LOG.error("ledger writer failed; carrying on", e);
                if (!batch.isEmpty()) {
                    spool(rows(batch));
                    acknowledge(batch);
                    batch.clear();
                }
            }
        }
    }

    /** Writes a batch to the database, or to the spool; either way its rows are safe and leave the log. */
    private void write(List<Pending> pending) {
        List<ServedPrediction> batch = rows(pending);
        try {
            store.append(batch);
            written.increment(batch.size());
            if (databaseFailing) {
                databaseFailing = false;
                LOG.warn("ledger database reachable again");
            }
        } catch (RuntimeException | AssertionError e) {
            // pgjdbc reports a batch on a connection the server closed as an AssertionError.
            if (!databaseFailing) {
                LOG.warn("ledger database unreachable, spooling to {}: {}", spool.file(), e.getMessage());
            }
            databaseFailing = true;
            spool(batch);
        }
        acknowledge(pending);
    }

    private static List<ServedPrediction> rows(List<Pending> pending) {
        return pending.stream().map(Pending::row).toList();
    }

    private void acknowledge(List<Pending> pending) {
        Map<Long, Integer> bySegment = new java.util.HashMap<>();
        pending.forEach(p -> bySegment.merge(p.segment(), 1, Integer::sum));
        bySegment.forEach(wal::acknowledge);
    }

    /** Writes spooled rows back; a failure leaves them spooled for the next attempt. */
    public void replay() {
        try {
            spool.replay(rows -> {
                int added = store.appendMissing(rows);
                replayed.increment(added);
                LOG.warn("replayed {} spooled ledger rows ({} were already stored)", rows.size(), rows.size() - added);
            });
            databaseFailing = false;
        } catch (RuntimeException e) {
            databaseFailing = true;
            LOG.debug("ledger replay failed, will retry: {}", e.getMessage());
        }
    }

    private void spool(List<ServedPrediction> rows) {
        try {
            spool.append(rows);
            spooled.increment(rows.size());
        } catch (RuntimeException e) {
            // Disk and database both gone: nothing else can keep these rows; say so loudly.
            LOG.error("LOST {} ledger rows: neither the database nor the spool accepts them", rows.size(), e);
        }
    }
}
