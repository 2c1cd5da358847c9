package io.matchday.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.matchday.MatchdayException;
import io.matchday.monitoring.AlertKind;
import io.matchday.monitoring.AlertStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The recurring jobs on db-scheduler: executions live in the shared {@code scheduled_tasks} table
 * and every node polls it; a due execution is picked (an optimistic update of its row) by exactly
 * one node, which keeps a heartbeat on it — if that node dies, another revives the execution.
 * Failures are retried with exponential back-off, then the job waits for its next scheduled time.
 * A manual trigger is a one-time execution, so it too runs on exactly one node. Every execution
 * is recorded in {@link JobHistory}.
 */
public final class JobScheduler implements AutoCloseable {

    /** A job as listed: its cron, next due time, whether and where it runs now, and its last run. */
    public record JobStatus(String name, String cron, Instant nextRun, boolean running, String runningOn, JobRun lastRun) {
    }

    static final String RUN_NOW = "run-now";
    static final int MISSED_HEARTBEATS = 4;
    static final String BACKGROUND_WORK = "background-work";

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, String> crons = new LinkedHashMap<>();
    private final Map<String, Schedule> schedules = new LinkedHashMap<>();
    private final JobHistory history;
    private final AlertStore alerts;
    private final String node;
    private final Clock clock;
    private final Scheduler scheduler;
    private final OneTimeTask<String> runNow;
    private final com.github.kagkarlsson.scheduler.task.helper.CustomTask<String> backgroundWork;
    private boolean started;

    /**
     * A scheduler of {@code jobs} on the shared table; nothing runs until {@link #start}.
     *
     * @param work the background work this node runs when its scheduler picks one of its executions
     */
    public JobScheduler(DataSource dataSource, List<Job> jobs, OperationsConfig config, JobHistory history, String node,
                        Clock clock, OneTimeWork work, AlertStore alerts) {
        Duration pollingInterval = config.polling();
        this.alerts = alerts;
        this.history = history;
        this.node = node;
        this.clock = clock;
        List<RecurringTask<Void>> recurring = new ArrayList<>();
        for (Job job : jobs) {
            String cron = config.crons().getOrDefault(job.name(), job.defaultCron());
            Schedule schedule;
            try {
                schedule = Schedules.cron(cron);
            } catch (RuntimeException e) {
                throw new MatchdayException("job " + job.name() + ": invalid cron '" + cron + "': " + e.getMessage());
            }
            this.jobs.put(job.name(), job);
            crons.put(job.name(), cron);
            schedules.put(job.name(), schedule);
            recurring.add(Tasks.recurring(job.name(), schedule)
                    .onFailure(retrying(schedule, config.retries(), config.backoff()))
                    .onDeadExecution(closingDeadRun(job.name()))
                    .execute((instance, context) -> runRecorded(job, "scheduled", context.getExecution().executionTime)));
        }
        this.runNow = Tasks.oneTime(RUN_NOW, String.class)
                .onDeadExecution((complete, operations) -> {
                    String job = (String) complete.getExecution().taskInstance.getData();
                    JobScheduler.this.<String>closingDeadRun(job).deadExecution(complete, operations);
                })
                .execute((instance, context) -> runRecorded(job(instance.getData()), "manual",
                        context.getExecution().executionTime));
        this.backgroundWork = Tasks.custom(BACKGROUND_WORK, String.class)
                .onDeadExecution((complete, operations) -> {
                    String id = (String) complete.getExecution().taskInstance.getData();
                    if (work.died(id, complete.getExecution().pickedBy)) {
                        new com.github.kagkarlsson.scheduler.task.DeadExecutionHandler.ReviveDeadExecution<String>()
                                .deadExecution(complete, operations);
                    } else {
                        operations.remove();
                    }
                })
                .execute((instance, context) -> {
                    Optional<Duration> later = work.run(instance.getData());
                    return later.<com.github.kagkarlsson.scheduler.task.CompletionHandler<String>>map(wait ->
                            (complete, operations) -> operations.reschedule(complete, clock.instant().plus(wait)))
                            .orElseGet(com.github.kagkarlsson.scheduler.task.CompletionHandler.OnCompleteRemove::new);
                });
        // Immediate execution: work scheduled for now starts on this node at once, not at its next poll.
        // A node is taken for dead after MISSED_HEARTBEATS silent heartbeats (db-scheduler's default is 6):
        // with 10 s polling another node takes over a dead node's run within 2 minutes (dead after 80 s, checked every
        // 40 s), with 1 s polling within 12 s.
        this.scheduler = Scheduler.create(dataSource, List.of(runNow, backgroundWork)).startTasks(recurring)
                .schedulerName(new SchedulerName.Fixed(node.length() > 50 ? node.substring(0, 50) : node))
                .pollingInterval(pollingInterval).heartbeatInterval(pollingInterval.multipliedBy(2))
                .missedHeartbeatsLimit(MISSED_HEARTBEATS).enableImmediateExecution().threads(4).build();
    }

    public synchronized void start() {
        if (!started) {
            scheduler.start();
            started = true;
        }
    }

    /** Runs a job here and now, recorded with its trigger; failures propagate after being recorded. */
    public String runHere(String name, String trigger) {
        return runRecorded(job(name), trigger, null);
    }

    /** Has the cluster run the job as soon as possible: whichever node picks it first, once. */
    public String trigger(String name) {
        job(name);
        String instance = name + "-" + UUID.randomUUID();
        scheduler.schedule(runNow.instance(instance, name), clock.instant());
        return instance;
    }

    /** Has the cluster run background work {@code id}: whichever node picks it first, once (or again if that node dies). */
    public void schedule(String id) {
        scheduler.schedule(backgroundWork.instance(id, id), clock.instant());
    }

    public List<JobStatus> list() {
        List<JobStatus> out = new ArrayList<>();
        for (String name : jobs.keySet()) {
            var execution = scheduler.getScheduledExecution(TaskInstanceId.of(name, RecurringTask.INSTANCE));
            Instant next = execution.map(e -> e.getExecutionTime())
                    .orElseGet(() -> schedules.get(name).getNextExecutionTime(ExecutionComplete.simulatedSuccess(clock.instant())));
            boolean picked = execution.map(e -> e.isPicked()).orElse(false);
            out.add(new JobStatus(name, crons.get(name), next, picked, picked ? execution.get().getPickedBy() : null,
                    history.last(name).orElse(null)));
        }
        return out;
    }

    public List<String> names() {
        return List.copyOf(jobs.keySet());
    }

    public JobHistory history() {
        return history;
    }

    private Job job(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new MatchdayException("no job '" + name + "'; jobs: " + String.join(", ", jobs.keySet()));
        }
        return job;
    }

    private String runRecorded(Job job, String trigger, Instant scheduledFor) {
        String id = history.started(job.name(), node, trigger, scheduledFor);
        Map<String, String> labels = Map.of("job", job.name());
        try {
            String message = job.run();
            history.ended(id, "SUCCEEDED", message);
            alerts.resolve(AlertKind.JOB_FAILED, labels);
            return message;
        } catch (RuntimeException e) {
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            history.ended(id, "FAILED", message);
            alerts.raise(AlertKind.JOB_FAILED, labels, job.name(), "job " + job.name() + " failed on " + node + " ("
                    + trigger + "): " + message, null, null);
            throw e;
        }
    }

    /**
     * A node died running the job: its history row is closed as {@code DIED} (nobody else would), then
     * the execution is revived for another node, as db-scheduler does by default.
     */
    private <T> com.github.kagkarlsson.scheduler.task.DeadExecutionHandler<T> closingDeadRun(String job) {
        return (complete, operations) -> {
            history.died(job, complete.getExecution().pickedBy);
            new com.github.kagkarlsson.scheduler.task.DeadExecutionHandler.ReviveDeadExecution<T>().deadExecution(complete, operations);
        };
    }

    /** Retries {@code retries} times, {@code backoff}, 2×, 4× … apart, then waits for the schedule. */
    private static <T> FailureHandler<T> retrying(Schedule schedule, int retries, Duration backoff) {
        return (complete, operations) -> {
            int failures = complete.getExecution().consecutiveFailures + 1;
            Instant next = failures <= retries
                    ? complete.getTimeDone().plus(backoff.multipliedBy(1L << Math.min(failures - 1, 20)))
                    : schedule.getNextExecutionTime(complete);
            operations.reschedule(complete, next);
        };
    }

    Optional<Scheduler> scheduler() {
        return Optional.of(scheduler);
    }

    @Override
    public synchronized void close() {
        if (started) {
            scheduler.stop();
            started = false;
        }
    }
}
