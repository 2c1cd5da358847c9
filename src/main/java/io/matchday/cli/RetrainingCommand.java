package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.jobs.RetrainingRun;
import io.matchday.jobs.Trigger;
import io.matchday.registry.ModelTraining;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "retraining", mixinStandardHelpOptions = true,
        description = "Automated retraining of <division>-outcome: its triggers, its runs, and a manual trigger.",
        subcommands = {RetrainingCommand.Status.class, RetrainingCommand.History.class, RetrainingCommand.Trigger_.class})
final class RetrainingCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The division a subcommand works on, its default model and the matchday's retraining pipeline. */
    private record Target(Division division, String model, RetrainingPipeline pipeline) {
    }

    /** A subcommand about one division's retraining: the store is open while it runs. */
    private abstract static class OnTarget extends StoreCommand.OfDivision implements Callable<Integer> {

        abstract int run(Target target, PrintWriter out);

        @Override
        public Integer call() {
            try (Matchday matchday = open()) {
                Division d = division.value();
                return run(new Target(d, ModelTraining.defaultModelName(d), matchday.operations().retraining()), out());
            }
        }
    }

    static void print(RetrainingRun r, PrintWriter out) {
        out.printf("%s  %-10s started %s on %s%n  triggers: %s%n", r.id(), r.status(), r.startedAt(), r.node(), r.triggers());
        if (r.candidate() != null) {
            out.printf("  candidate version %d: %s%n", r.candidate(), r.decision());
        }
        if (r.message() != null) {
            out.printf("  failure: %s%n", r.message());
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Every trigger as it stands now, and the running or last run.")
    static final class Status extends OnTarget {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Target target, PrintWriter out) {
            String model = target.model();
            RetrainingPipeline pipeline = target.pipeline();
            List<Trigger> triggers = pipeline.evaluate(target.division(), model);
            if (json) {
                out.println(Json.write(java.util.Map.of("model", model, "triggers", triggers, "history", pipeline.history(model, 1))));
                return 0;
            }
            out.println(model + " retraining triggers:");
            for (Trigger t : triggers) {
                out.printf("  %-22s %-6s observed %-10s threshold %-8s %s%n", t.name(), t.fired() ? "FIRED" : "-",
                        t.observed() == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.4f", t.observed()),
                        t.threshold() == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.4f", t.threshold()), t.detail());
            }
            pipeline.running(model).ifPresent(r -> out.println("running: " + r.id() + " on " + r.node()));
            pipeline.history(model, 1).forEach(r -> {
                out.println("last run:");
                print(r, out);
            });
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Retraining runs, newest first, with their triggers and decisions.")
    static final class History extends OnTarget {
        @Option(names = "--limit", defaultValue = "20", description = "How many. Default: ${DEFAULT-VALUE}")
        int limit;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Target target, PrintWriter out) {
            List<RetrainingRun> runs = target.pipeline().history(target.model(), limit);
            if (json) {
                out.println(Json.write(runs));
            } else {
                runs.forEach(r -> print(r, out));
            }
            return 0;
        }
    }

    @Command(name = "trigger", mixinStandardHelpOptions = true,
            description = "Retrain now in this process if a trigger fires (or always, with --force); one run at a time cluster-wide.")
    static final class Trigger_ extends OnTarget {
        @Option(names = "--reason", required = true, description = "Why (kept in the history).")
        String reason;
        @Option(names = "--force", description = "Retrain even if no trigger fires.")
        boolean force;

        @Override
        int run(Target target, PrintWriter out) {
            var why = target.pipeline().manualCause(target.division(), target.model(), reason, force);
            if (why.isEmpty()) {
                out.println("no trigger fired; nothing to do (--force retrains anyway)");
                return 0;
            }
            RetrainingRun run = target.pipeline().run(target.division(), target.model(), why.get());
            print(run, out);
            return "FAILED".equals(run.status()) ? 1 : 0;
        }
    }
}
