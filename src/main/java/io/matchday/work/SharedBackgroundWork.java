package io.matchday.work;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.ConflictException;
import io.matchday.Ids;
import io.matchday.NotFoundException;
import io.matchday.registry.ArtifactStore;
import io.matchday.simulation.SimulationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Background work on the shared scheduler: a request is checked here, stored as a row of the shared
 * database and scheduled as a db-scheduler one-time execution, which any node of the cluster may
 * run ({@link WorkExecution}); status, progress and results are read from the database and the shared
 * artifact store, so every node sees the same work, and a restart loses none of it.
 */
final class SharedBackgroundWork implements BackgroundWork {

    private final Plans plans;
    private final WorkStore store;
    private final Consumer<String> schedule;
    private final ArtifactStore artifacts;
    private final ObjectMapper json;
    private final Clock clock;

    /** @param schedule queues a one-time execution of the stored work for whichever node's scheduler picks it first */
    SharedBackgroundWork(Plans plans, WorkStore store, Consumer<String> schedule, ArtifactStore artifacts, ObjectMapper json,
                         Clock clock) {
        this.plans = plans;
        this.store = store;
        this.schedule = schedule;
        this.artifacts = artifacts;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Status submit(WorkRequest request) {
        Plan plan = plans.prepare(request);
        Instant now = clock.instant();
        String id = Ids.next(now);
        try {
            store.insert(id, request.kind(), plan.title(), json.writeValueAsString(request), plan.total(), now, plan.runId());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a work request is plain values", e);
        }
        schedule.accept(id);
        return status(id).orElseThrow();
    }

    @Override
    public Optional<Status> status(String id) {
        return store.find(id).map(this::status);
    }

    @Override
    public List<Status> recent(Optional<Kind> kind, int limit) {
        return store.recent(kind, limit).stream().map(this::status).toList();
    }

    @Override
    public Optional<Object> result(String id) {
        return store.find(id).filter(r -> r.resultSha256() != null).map(r -> {
            byte[] bytes = artifacts.get(r.resultSha256());
            try {
                return r.kind() == Kind.REPLAY ? json.readValue(bytes, SimulationReport.class) : json.readValue(bytes, Object.class);
            } catch (IOException e) {
                throw new UncheckedIOException("the result of " + r.kind().label() + " " + id + " is unreadable", e);
            }
        });
    }

    @Override
    public boolean cancel(String id) {
        WorkStore.Row row = store.find(id).orElseThrow(() -> new NotFoundException("unknown-work", "Unknown work",
                "no background work " + id));
        if (row.state().ended()) {
            return false;
        }
        if (row.kind() == Kind.RETRAINING) {
            // It holds the model's retraining lock from submission and ends with the gate's decision, never halfway.
            throw new ConflictException("not-cancellable", "Cannot be cancelled",
                    "a retraining is not cancelled: it ends with the gate's decision or its failure");
        }
        return store.requestCancel(id, clock.instant());
    }

    private Status status(WorkStore.Row r) {
        Map<String, Object> summary = null;
        if (r.summary() != null) {
            try {
                summary = json.readValue(r.summary(), new TypeReference<Map<String, Object>>() { });
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored work summary is unreadable", e);
            }
        }
        return new Status(r.id(), r.kind(), r.title(), r.state(), r.done(), r.total(), r.submittedAt(), r.startedAt(), r.endedAt(),
                r.error(), summary, r.runId());
    }
}
