package io.matchday.cli;

import io.matchday.jobs.JobRun;
import io.matchday.jobs.JobScheduler;
import java.io.PrintWriter;
import java.util.List;
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

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(store.settings()); JobScheduler jobs = workspace.jobs()) {
            List<JobScheduler.JobStatus> list = jobs.list();
            if (json) {
                out.println(Json.write(list));
                return 0;
            }
            out.printf("%-18s %-16s %-22s %-10s %-22s %s%n", "job", "cron", "next run", "status", "last run", "message");
            for (JobScheduler.JobStatus j : list) {
                JobRun last = j.lastRun();
                out.printf("%-18s %-16s %-22s %-10s %-22s %s%n", j.name(), j.cron(), j.nextRun(),
                        j.running() ? "running" : last == null ? "never run" : last.status(),
                        last == null ? "" : last.startedAt(), last == null || last.message() == null ? "" : last.message());
            }
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

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = Workspace.open(store.settings()); JobScheduler jobs = workspace.jobs()) {
                List<JobRun> runs = jobs.history().recent(Optional.ofNullable(job), limit);
                if (json) {
                    out.println(Json.write(runs));
                    return 0;
                }
                for (JobRun r : runs) {
                    out.printf("%-18s %-10s %-12s %-24s %s  %s%n", r.job(), r.status(), r.trigger(), r.startedAt(), r.node(),
                            r.message() == null ? "" : r.message());
                }
            }
            return 0;
        }
    }
}
