package io.matchday.cli;

import io.matchday.jobs.JobRun;
import io.matchday.jobs.JobScheduler;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = {"The recurring jobs the service nodes run (refresh-data, predict-upcoming, monitor, retraining-check): "
            + "schedule, next and last run.", "'jobs run NAME' runs one here and now; 'jobs history' lists past runs."},
        subcommands = {JobsCommand.Run.class, JobsCommand.History.class})
final class JobsCommand implements Callable<Integer> {

    static final Listing.Table<JobScheduler.JobStatus> TABLE = new Listing.Table<JobScheduler.JobStatus>()
            .text("job", "name", JobScheduler.JobStatus::name)
            .text("cron", "cron", JobScheduler.JobStatus::cron)
            .text("next run", "next_run", JobScheduler.JobStatus::nextRun)
            .text("status", "status", j -> j.running() ? "running" : j.lastRun() == null ? "never run" : j.lastRun().status())
            .jsonOnly("running_on", JobScheduler.JobStatus::runningOn)
            .text("last run", "last_run", j -> j.lastRun() == null ? null : j.lastRun().startedAt())
            .text("message", "message", j -> j.lastRun() == null ? null : j.lastRun().message());

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

    @Mixin
    StoreOptions store;

    @Mixin
    Listing listing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.open(store.settings()); JobScheduler jobs = workspace.jobs()) {
            listing.print(spec.commandLine().getOut(), TABLE, jobs.list(), null);
        }
        return 0;
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run a job in this process now (recorded in the history).")
    static final class Run implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "refresh-data, predict-upcoming, monitor or retraining-check")
        String name;

        @Override
        public Integer call() {
            try (Workspace workspace = Workspace.open(store.settings()); JobScheduler jobs = workspace.jobs()) {
                spec.commandLine().getOut().println(name + ": " + jobs.runHere(name, "manual-cli"));
            }
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Past job runs, newest first.")
    static final class History implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        @Option(names = "--job", description = "Only this job.")
        String job;

        @Option(names = "--limit", defaultValue = "20", description = "How many. Default: ${DEFAULT-VALUE}")
        int limit;

        @Mixin
        Listing listing;

        @Override
        public Integer call() {
            try (Workspace workspace = Workspace.open(store.settings()); JobScheduler jobs = workspace.jobs()) {
                listing.print(spec.commandLine().getOut(), RUNS, jobs.history().recent(Optional.ofNullable(job), limit),
                        "no job runs yet");
            }
            return 0;
        }
    }
}
