package io.matchday.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Jobs triggered through the admin API, run one at a time off the request thread on this node.
 * The most recent ones are kept so their status can be asked for.
 */
@Component
class AdminJobs implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(AdminJobs.class);
    private static final int KEPT = 100;

    @Schema(description = "A triggered job: QUEUED, RUNNING, SUCCEEDED or FAILED, with what it did or why it failed")
    record JobState(String id, @Schema(example = "ingest") String job, @Schema(example = "SUCCEEDED") String status,
                    Instant submittedAt, Instant endedAt, String result) {
    }

    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "admin-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, JobState> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JobState> eldest) {
            return size() > KEPT;
        }
    };

    AdminJobs(Clock clock) {
        this.clock = clock;
    }

    /** Queues {@code work}; its return value is the job's result text. */
    synchronized JobState submit(String job, Supplier<String> work) {
        String id = UUID.randomUUID().toString();
        JobState queued = new JobState(id, job, "QUEUED", clock.instant(), null, null);
        jobs.put(id, queued);
        executor.submit(() -> {
            update(id, s -> new JobState(id, job, "RUNNING", s.submittedAt(), null, null));
            try {
                String result = work.get();
                update(id, s -> new JobState(id, job, "SUCCEEDED", s.submittedAt(), clock.instant(), result));
            } catch (RuntimeException e) {
                LOG.warn("admin job {} ({}) failed: {}", job, id, e.getMessage());
                update(id, s -> new JobState(id, job, "FAILED", s.submittedAt(), clock.instant(), e.getMessage()));
            }
        });
        return queued;
    }

    synchronized Optional<JobState> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private synchronized void update(String id, java.util.function.UnaryOperator<JobState> change) {
        jobs.computeIfPresent(id, (k, s) -> change.apply(s));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
