package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.jobs.JobRun;
import io.matchday.jobs.JobScheduler;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = {"The recurring jobs the service nodes run (refresh-data, predict-upcoming, monitor, retraining-check): "
            + "schedule, next and last run.", "'jobs run NAME' runs one here and now; 'jobs history' lists past runs."},
        subcommands = {JobsCommand.Run.class, JobsCommand.History.class})
final class JobsCommand extends ListingCommand<JobScheduler.JobStatus> {

    static final Listing.Table<JobScheduler.JobStatus> TABLE = new Listing.Table<JobScheduler.JobStatus>()
            .text("job", "name", JobScheduler.JobStatus::name)
            .text("cron", "cron", JobScheduler.JobStatus::cron)
            .text("next run", "next_run", JobScheduler.JobStatus::nextRun)
            .text("status", "status", j -> j.running() ? "running" : j.lastRun() == null ? "never run" : j.lastRun().status())
            .jsonOnly("running_on", JobScheduler.JobStatus::runningOn)
            .text("last run", "last_run", j -> j.lastRun() == null ? null : j.lastRun().startedAt())
            .text("message", "message", j -> j.lastRun() == null ? null : j.lastRun().message());

    JobsCommand() {
        super(TABLE, null);
    }

    static final Listing.Table<JobRun> RUNS = new Listing.Table<JobRun>()
            .text("job", "job", JobRun::job)
            .text("status", "status", JobRun::status)
            .text("trigger", "trigger", JobRun::trigger)
            .text("started", "started_at", JobRun::startedAt)
            .jsonOnly("scheduled_for", JobRun::scheduledFor)
            .jsonOnly("ended_at", JobRun::endedAt)
            .text("node", "node", JobRun::node)
            .text("message", "message", JobRun::message)
            .jsonOnly("id", JobRun::id);

    @Override
    List<JobScheduler.JobStatus> rows(Matchday matchday) {
        try (JobScheduler jobs = matchday.jobScheduler()) {
            return jobs.list();
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run a job in this process now (recorded in the history).")
    static final class Run extends StoreCommand implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "refresh-data, predict-upcoming, monitor or retraining-check")
        String name;

        @Override
        public Integer call() {
            try (Matchday matchday = open(); JobScheduler jobs = matchday.jobScheduler()) {
                out().println(name + ": " + jobs.runHere(name, "manual-cli"));
            }
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Past job runs, newest first.")
    static final class History extends ListingCommand<JobRun> {

        History() {
            super(RUNS, "no job runs yet");
        }

        @Option(names = "--job", description = "Only this job.")
        String job;

        @Option(names = "--limit", defaultValue = "20", description = "How many. Default: ${DEFAULT-VALUE}")
        int limit;

        @Override
        List<JobRun> rows(Matchday matchday) {
            try (JobScheduler jobs = matchday.jobScheduler()) {
                return jobs.history().recent(Optional.ofNullable(job), limit);
            }
        }

    }
}
