package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.MatchdayException;
import io.matchday.registry.Run;
import io.matchday.registry.RunArtifact;
import io.matchday.registry.RunMetric;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "Tracked runs (backtests so far), newest first: kind, status, data window and fingerprint.",
        subcommands = RunsCommand.Show.class)
final class RunsCommand extends ListingCommand<Run> {

    static final Listing.Table<Run> TABLE = new Listing.Table<Run>()
            .text("id", "id", Run::id)
            .text("kind", "kind", Run::kind)
            .text("status", "status", Run::status)
            .text("started", "started_at", r -> r.startedAt().toString().substring(0, 19))
            .jsonOnly("ended_at", r -> r.endedAt() == null ? null : r.endedAt().toString())
            .text("div", "division", Run::division)
            .tableOnly("data", r -> r.windowStart() == null ? null : r.windowStart() + ".." + r.windowEnd())
            .jsonOnly("window_start", r -> r.windowStart() == null ? null : r.windowStart().toString())
            .jsonOnly("window_end", r -> r.windowEnd() == null ? null : r.windowEnd().toString())
            .tableOnly("fingerprint", r -> r.dataFingerprint() == null ? null
                    : r.dataFingerprint().substring(0, Math.min(12, r.dataFingerprint().length())))
            .jsonOnly("data_fingerprint", Run::dataFingerprint)
            .jsonOnly("code_version", Run::codeVersion)
            .jsonOnly("parameters", Run::parameters)
            .jsonOnly("tags", Run::tags)
            .jsonOnly("message", Run::message);

    RunsCommand() {
        super(TABLE, "No runs yet: 'matchday backtest' or 'matchday train'.");
    }

    @Override
    List<Run> rows(Matchday matchday) {
        return matchday.runs().list();
    }

    static Map<String, Object> row(Run r) {
        return TABLE.json(List.of(r)).get(0);
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One run: parameters, final metrics, the number of per-step metrics, and artifacts.")
    static final class Show extends StoreCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID", description = "Run id (from 'matchday runs').")
        String id;

        @Option(names = "--json", description = "Print JSON, every metric included.")
        boolean json;

        @Override
        public Integer call() {
            try (Matchday matchday = open()) {
                Run run = matchday.runs().find(id).orElseThrow(() -> new MatchdayException("no run " + id));
                List<RunMetric> metrics = matchday.runs().metrics(id);
                List<RunArtifact> artifacts = matchday.runs().artifacts(id);
                PrintWriter out = out();
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
