package io.matchday.cli;

import io.matchday.MatchdayException;
import io.matchday.registry.Run;
import io.matchday.registry.RunArtifact;
import io.matchday.registry.RunMetric;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "Tracked runs (backtests so far), newest first: kind, status, data window and fingerprint.",
        subcommands = RunsCommand.Show.class)
final class RunsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        List<Run> runs;
        try (Workspace workspace = Workspace.open(store.settings())) {
            runs = workspace.runs.list();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(runs.stream().map(RunsCommand::row).toList()));
            return 0;
        }
        out.printf("%-36s  %-8s  %-8s  %-20s  %-4s  %s%n", "id", "kind", "status", "started", "div", "data");
        for (Run r : runs) {
            out.printf("%-36s  %-8s  %-8s  %-20s  %-4s  %s..%s %s%n", r.id(), r.kind(), r.status(),
                    r.startedAt().toString().substring(0, 19), r.division(), r.windowStart(), r.windowEnd(),
                    r.dataFingerprint() == null ? "" : r.dataFingerprint().substring(0, 12));
        }
        return 0;
    }

    static Map<String, Object> row(Run r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("kind", r.kind());
        row.put("status", r.status());
        row.put("started_at", r.startedAt().toString());
        row.put("ended_at", r.endedAt() == null ? null : r.endedAt().toString());
        row.put("division", r.division());
        row.put("window_start", r.windowStart() == null ? null : r.windowStart().toString());
        row.put("window_end", r.windowEnd() == null ? null : r.windowEnd().toString());
        row.put("data_fingerprint", r.dataFingerprint());
        row.put("code_version", r.codeVersion());
        row.put("parameters", r.parameters());
        row.put("tags", r.tags());
        row.put("message", r.message());
        return row;
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One run: parameters, final metrics, the number of per-step metrics, and artifacts.")
    static final class Show implements Callable<Integer> {

        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "Run id (from 'matchday runs').")
        String id;

        @Option(names = "--json", description = "Print JSON, every metric included.")
        boolean json;

        @Override
        public Integer call() {
            try (Workspace workspace = Workspace.open(store.settings())) {
                Run run = workspace.runs.find(id).orElseThrow(() -> new MatchdayException("no run " + id));
                List<RunMetric> metrics = workspace.runs.metrics(id);
                List<RunArtifact> artifacts = workspace.runs.artifacts(id);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> all = row(run);
                    all.put("metrics", metrics);
                    all.put("artifacts", artifacts);
                    out.println(Json.write(all));
                    return 0;
                }
                out.printf("run %s: %s, %s%s%n", run.id(), run.kind(), run.status(),
                        run.message() == null ? "" : " (" + run.message() + ")");
                out.printf("  started %s, ended %s; code %s%n", run.startedAt(), run.endedAt(), run.codeVersion());
                out.printf("  data %s %s..%s, fingerprint %s%n", run.division(), run.windowStart(), run.windowEnd(),
                        run.dataFingerprint());
                out.printf("  parameters %s%n", run.parameters());
                long steps = metrics.stream().filter(m -> m.step() != RunMetric.FINAL).count();
                out.printf("  metrics (%d per-step values not shown):%n", steps);
                metrics.stream().filter(m -> m.step() == RunMetric.FINAL)
                        .forEach(m -> out.printf("    %-32s %.5f%n", m.name(), m.value()));
                out.println("  artifacts:");
                artifacts.forEach(a -> out.printf("    %-16s %8d bytes  %s  %s%n", a.name(), a.bytes(), a.mediaType(), a.sha256()));
            }
            return 0;
        }
    }
}
