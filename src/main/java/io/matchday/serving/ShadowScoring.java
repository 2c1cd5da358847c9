package io.matchday.serving;

import io.matchday.Ids;
import io.matchday.data.Fixture;
import io.matchday.ledger.LedgerWriter;
import io.matchday.ledger.ServedPrediction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Challengers forecast what their champion served, off the request path: the request hands the fixture to a bounded
 * queue and returns; worker threads make each challenger's forecast and record it in the ledger, paired with the
 * champion's row. A full queue drops the shadow work (counted), and a challenger that fails is counted and skipped:
 * neither delays nor fails an answer. A challenger that needs prices skips requests without them.
 */
final class ShadowScoring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ShadowScoring.class);

    private final ServedModels models;
    private final LedgerWriter ledger;
    private final Clock clock;
    private final ThreadPoolExecutor workers;
    private final Counter recorded;
    private final Counter dropped;
    private final Counter failed;

    ShadowScoring(ServedModels models, LedgerWriter ledger, MeterRegistry meters, Clock clock, int queueCapacity) {
        this.models = models;
        this.ledger = ledger;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity), r -> {
            Thread t = new Thread(r, "shadow-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.recorded = Counter.builder("matchday.shadow.forecasts").description("Challengers' shadow forecasts recorded")
                .register(meters);
        this.dropped = Counter.builder("matchday.shadow.dropped").description("Served forecasts not shadowed: queue full")
                .register(meters);
        this.failed = Counter.builder("matchday.shadow.failed").description("Challengers' forecasts that failed").register(meters);
    }

    /** Queues the challengers' forecasts of a fixture the champion answered with {@code served}; never blocks. */
    void shadow(String model, Fixture fixture, ServedPrediction served) {
        List<ServedModels.Served> challengers = models.challengers(model);
        if (challengers.isEmpty()) {
            return;
        }
        try {
            workers.execute(() -> forecast(challengers, fixture, served));
        } catch (RejectedExecutionException full) {
            dropped.increment();
        }
    }

    private void forecast(List<ServedModels.Served> challengers, Fixture fixture, ServedPrediction served) {
        for (ServedModels.Served challenger : challengers) {
            if (challenger.model().usesPrices() && served.oddsHome() == null) {
                continue;
            }
            try {
                var forecast = challenger.forecast(fixture);
                ledger.record(served.shadowBy(Ids.next(clock.instant()), challenger.name(), challenger.version().version(), forecast));
                recorded.increment();
            } catch (RuntimeException e) {
                failed.increment();
                LOG.debug("challenger {} version {} failed on {}: {}", challenger.name(), challenger.version().version(), fixture,
                        e.getMessage());
            }
        }
    }

    /** Shadow work still waiting: what a clean stop finishes before the ledger closes. */
    int pending() {
        return workers.getQueue().size() + workers.getActiveCount();
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
