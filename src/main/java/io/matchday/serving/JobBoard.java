package io.matchday.serving;

import io.matchday.NotFoundException;
import io.matchday.jobs.JobRun;
import io.matchday.jobs.JobScheduler;
import java.util.List;
import java.util.Optional;

/** The cluster's recurring jobs as people see them: each with its schedule and last run, their history, a run now. */
public final class JobBoard {

    private final JobScheduler scheduler;

    JobBoard(JobScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Every recurring job: cron, next run, whether it runs now and where, its last run. */
    public List<JobScheduler.JobStatus> jobs() {
        return scheduler.list();
    }

    /** Job executions, newest first, of one job or all. */
    public List<JobRun> history(Optional<String> job, int limit) {
        return scheduler.history().recent(job, limit);
    }

    /** Queues a run of {@code job} as soon as possible, on exactly one node; returns the execution's id. */
    public String runNow(String job) {
        if (!scheduler.names().contains(job)) {
            throw new NotFoundException("unknown-job", "Unknown job", "no job '" + job + "'; jobs: " + scheduler.names());
        }
        return scheduler.trigger(job);
    }
}
