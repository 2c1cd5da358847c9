package io.matchday.work;

import io.matchday.ConflictException;
import io.matchday.Ids;
import io.matchday.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Background work held in memory, beside the shared one as Kafka's {@code MockProducer} is beside its producer: a
 * request is checked and planned by the real planners (so a bad one is refused with the same fields), kept in
 * memory, and run only when the test says so ({@link #runQueued}) — no table, no scheduler, no other thread.
 */
public final class InMemoryBackgroundWork implements BackgroundWork {

    private record Entry(WorkRequest request, Plan plan, Status status, Object result) {
    }

    private final Plans plans;
    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public InMemoryBackgroundWork(SharedWork.Resources resources, Clock clock) {
        this.plans = new Plans(new ReplayPlanner(resources.matches(), resources.simulation()),
                new BacktestPlanner(resources.matches(), resources.runs(), resources.backtestPages()),
                new IngestPlanner(resources.ingest(), resources.teamsChanged()),
                new RetrainingPlanner(resources.retraining(), resources.championsMoved()));
        this.clock = clock;
    }

    @Override
    public synchronized Status submit(WorkRequest request) {
        Plan plan = plans.prepare(request);
        String id = Ids.next(clock.instant());
        Status queued = new Status(id, request.kind(), plan.title(), State.QUEUED, 0, plan.total(), clock.instant(), null, null,
                null, null, plan.runId());
        entries.put(id, new Entry(request, plan, queued, null));
        return queued;
    }

    /** What was submitted, oldest first. */
    public synchronized List<WorkRequest> submitted() {
        return entries.values().stream().map(Entry::request).toList();
    }

    /** Runs every queued piece of work to its end, here and now, in submission order. */
    public void runQueued() {
        List<String> queued;
        synchronized (this) {
            queued = entries.values().stream().filter(e -> e.status().state() == State.QUEUED).map(e -> e.status().id()).toList();
        }
        queued.forEach(this::run);
    }

    private void run(String id) {
        Entry entry;
        synchronized (this) {
            entry = entries.get(id);
        }
        Instant started = clock.instant();
        int[] progress = {0, entry.plan().total()};
        String[] runId = {entry.status().runId()};
        Status ended;
        Object result = null;
        try {
            result = entry.plan().job().run(new Plan.Progress() {
                @Override
                public void step() {
                    progress[0]++;
                }

                @Override
                public void plan(int more) {
                    progress[1] += more;
                }

                @Override
                public void runId(String id) {
                    runId[0] = id;
                }
            });
            ended = ended(entry.status(), State.SUCCEEDED, progress, started, null, entry.plan().job().summary(result), runId[0]);
        } catch (Exception e) {
            ended = ended(entry.status(), State.FAILED, progress, started, e.getMessage(), null, runId[0]);
        }
        synchronized (this) {
            entries.put(id, new Entry(entry.request(), entry.plan(), ended, result));
        }
    }

    private Status ended(Status s, State state, int[] progress, Instant started, String error, Map<String, Object> summary,
                         String runId) {
        return new Status(s.id(), s.kind(), s.title(), state, progress[0], progress[1], s.submittedAt(), started, clock.instant(),
                error, summary, runId);
    }

    @Override
    public synchronized Optional<Status> status(String id) {
        return Optional.ofNullable(entries.get(id)).map(Entry::status);
    }

    @Override
    public synchronized List<Status> recent(Optional<Kind> kind, int limit) {
        List<Status> all = new ArrayList<>(entries.values().stream().map(Entry::status)
                .filter(s -> kind.isEmpty() || s.kind() == kind.get()).toList());
        all.sort(Comparator.comparing(Status::id).reversed());
        return all.subList(0, Math.min(limit, all.size()));
    }

    @Override
    public synchronized Optional<Object> result(String id) {
        return Optional.ofNullable(entries.get(id)).map(Entry::result);
    }

    @Override
    public synchronized boolean cancel(String id) {
        Entry entry = entries.get(id);
        if (entry == null) {
            throw new NotFoundException("unknown-work", "Unknown work", "no background work " + id);
        }
        if (entry.status().state().ended()) {
            return false;
        }
        if (entry.status().kind() == Kind.RETRAINING) {
            throw new ConflictException("not-cancellable", "Cannot be cancelled", "a retraining is not cancelled");
        }
        Status s = entry.status();
        entries.put(id, new Entry(entry.request(), entry.plan(), new Status(s.id(), s.kind(), s.title(), State.CANCELLED, s.done(),
                s.total(), s.submittedAt(), s.startedAt(), clock.instant(), null, null, s.runId()), null));
        return true;
    }
}
