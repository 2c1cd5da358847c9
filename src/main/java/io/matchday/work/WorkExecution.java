package io.matchday.work;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.MatchdayException;
import io.matchday.jobs.OneTimeWork;
import io.matchday.registry.ArtifactStore;
import io.matchday.registry.RunTracker;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background work on the node whose scheduler picked it: takes the row, plans the request again,
 * runs it with its progress written to the row (every node reads it there), and stores its result in
 * the shared artifact store. A cancel request is seen at the next step. When the node running a piece
 * of work dies, the scheduler tells another node: it runs the work again (a retraining, which holds
 * its model's lock, ends as DIED instead).
 */
final class WorkExecution implements OneTimeWork {

    private static final Logger LOG = LoggerFactory.getLogger(WorkExecution.class);
    /** How long work over its kind's concurrency limit waits before it tries again. */
    private static final Duration LATER = Duration.ofSeconds(2);

    private final WorkStore store;
    private final Plans plans;
    private final ArtifactStore artifacts;
    private final RunTracker runs;
    private final WorkConfig config;
    private final Clock clock;
    private final String node;
    private final ObjectMapper json;

    WorkExecution(WorkStore store, Plans plans, ArtifactStore artifacts, RunTracker runs, WorkConfig config, Clock clock,
                  String node, ObjectMapper json) {
        this.store = store;
        this.plans = plans;
        this.artifacts = artifacts;
        this.runs = runs;
        this.config = config;
        this.clock = clock;
        this.node = node;
        this.json = json;
    }

    @Override
    public Optional<Duration> run(String id) {
        Optional<WorkStore.Row> found = store.find(id);
        if (found.isEmpty() || found.get().state().ended()) {
            return Optional.empty();
        }
        WorkStore.Row row = found.get();
        if (store.running(row.kind(), id) >= config.concurrency(row.kind())) {
            return Optional.of(LATER);
        }
        if (!store.claim(id, node, clock.instant())) {
            return Optional.empty();
        }
        try {
            Plan plan = plans.resume(request(row), row.runId());
            RowProgress progress = new RowProgress(id, plan.total());
            Object result = plan.job().run(progress);
            String sha = artifacts.put(json.writeValueAsBytes(result));
            store.finish(id, BackgroundWork.State.SUCCEEDED, null, json.writeValueAsString(plan.job().summary(result)), sha,
                    clock.instant());
        } catch (CancellationException | InterruptedException e) {
            store.finish(id, BackgroundWork.State.CANCELLED, null, null, null, clock.instant());
        } catch (Exception e) {
            String error = e instanceof MatchdayException || e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            LOG.warn("{} {} failed: {}", row.kind().label(), id, error);
            store.finish(id, BackgroundWork.State.FAILED, error, null, null, clock.instant());
        }
        return Optional.empty();
    }

    @Override
    public boolean died(String id, String deadNode) {
        Optional<WorkStore.Row> row = store.find(id);
        if (row.isEmpty() || row.get().state().ended()) {
            return false;
        }
        boolean again = row.get().kind() != BackgroundWork.Kind.RETRAINING && !row.get().cancelRequested();
        if (row.get().kind() == BackgroundWork.Kind.BACKTEST && row.get().runId() != null) {
            // The dead attempt's tracked run is closed; the next attempt records a run of its own.
            runs.find(row.get().runId()).filter(r -> r.status().equals("running"))
                    .ifPresent(r -> runs.fail(r.id(), new MatchdayException("its node " + deadNode + " died")));
        }
        store.died(id, deadNode, again, clock.instant());
        LOG.warn("{} {} was running on {}, which died; {}", row.get().kind().label(), id, deadNode,
                again ? "running it again" : "closed as DIED");
        return again;
    }

    WorkRequest request(WorkStore.Row row) throws JsonProcessingException {
        Class<? extends WorkRequest> type = switch (row.kind()) {
            case REPLAY -> WorkRequest.Replay.class;
            case BACKTEST -> WorkRequest.Backtest.class;
            case INGEST -> WorkRequest.Ingest.class;
            case RETRAINING -> WorkRequest.Retraining.class;
        };
        return json.readValue(row.request(), type);
    }

    /** Progress written to the row; a cancel request stops the work at its next step. */
    private final class RowProgress implements Plan.Progress {
        private final String id;
        private int done;
        private int total;

        RowProgress(String id, int total) {
            this.id = id;
            this.total = total;
            store.progress(id, 0, total);
        }

        @Override
        public synchronized void step() {
            if (store.cancelRequested(id)) {
                throw new CancellationException("cancelled");
            }
            store.progress(id, ++done, total);
        }

        @Override
        public synchronized void plan(int more) {
            total += more;
            store.progress(id, done, total);
        }

        @Override
        public void runId(String runId) {
            store.runId(id, runId);
        }
    }
}
