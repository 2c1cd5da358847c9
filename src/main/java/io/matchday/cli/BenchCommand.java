package io.matchday.cli;

import io.matchday.MatchdaySettings;
import io.matchday.data.Database;
import io.matchday.data.Division;
import io.matchday.data.FileIngest;
import io.matchday.data.FootballDataClient;
import io.matchday.data.IngestService;
import io.matchday.data.RetryPolicy;
import io.matchday.data.SeasonRange;
import io.matchday.data.TeamNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print a table and write target/bench/<name>.json.",
        subcommands = {BenchCommand.Ingest.class, BenchModels.class, BenchRegistry.class, BenchSimulate.class, BenchConsole.class,
            BenchExplain.class, BenchProject.class, BenchParquet.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Time to fetch, parse and store every season of every division the source has into a "
                + "fresh H2 file database, after JVM start-up. Run 1 is cold (JIT not warmed); later runs are warm.",
                "Target: <= 2 s for 20 seasons."})
    static final class Ingest extends StoreCommand implements Callable<Integer> {

        @Option(names = {"-d", "--division"}, defaultValue = "all", paramLabel = "CODES",
                description = "Divisions, comma-separated, or 'all' the source holds. Default: ${DEFAULT-VALUE}")
        String divisions;

        @Option(names = {"-s", "--seasons"}, defaultValue = "all", paramLabel = "RANGE",
                description = "Seasons, e.g. 2005-06..2024-25, or 'all'. Default: ${DEFAULT-VALUE}")
        String seasons;

        @Option(names = "--runs", defaultValue = "5", description = "Repetitions. Default: ${DEFAULT-VALUE}")
        int runs;

        @Mixin
        BenchResult output;

        @Override
        public Integer call() throws IOException {
            MatchdaySettings settings = store.settings();
            PrintWriter console = out();
            console.printf("bench ingest: source %s, fresh H2 file database per run%n", settings.dataUrl());
            console.printf("%-4s %6s %8s %10s %12s%n", "run", "files", "matches", "seconds", "matches/s");
            List<Map<String, Object>> rows = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            int files = 0;
            int matches = 0;
            for (int run = 1; run <= runs; run++) {
                Path dir = Files.createTempDirectory("matchday-bench");
                try (Database db = Database.open(new MatchdaySettings.DatabaseSettings(
                        "jdbc:h2:file:" + dir.resolve("bench"), "sa", ""))) {
                    FootballDataClient client = new FootballDataClient(settings.dataUrl(), settings.home().resolve("cache"),
                            RetryPolicy.DEFAULT, Clock.systemUTC());
                    IngestService ingest = new IngestService(client, db.dataSource(), TeamNames.standard(), Clock.systemUTC());
                    List<Division> chosen = divisions.equalsIgnoreCase("all") && !client.listDivisions().isEmpty()
                            ? client.listDivisions()
                            : java.util.Arrays.stream(divisions.replace("all", "E0").split(",")).map(Division::of).toList();
                    long start = System.nanoTime();
                    List<FileIngest> done = new ArrayList<>();
                    for (Division d : chosen) {
                        done.addAll(ingest.ingest(d, SeasonRange.parse(seasons), io.matchday.data.IngestListener.NONE));
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    files = done.size();
                    matches = done.stream().mapToInt(FileIngest::matches).sum();
                    console.printf("%-4d %6d %8d %10.3f %12.0f%n", run, files, matches, seconds, matches / seconds);
                    rows.add(Map.of("run", run, "files", files, "matches", matches, "seconds", seconds));
                    if (run > 1) {
                        warm.add(seconds);
                    }
                } finally {
                    FileSystemUtils.deleteRecursively(dir);
                }
            }
            double cold = (double) rows.get(0).get("seconds");
            double median = warm.isEmpty() ? cold : warm.stream().sorted().toList().get(warm.size() / 2);
            double perTwenty = median * 20.0 / Math.max(1, files);
            console.printf("cold %.3f s, warm median %.3f s for %d files; per 20 season files (warm) %.3f s "
                    + "(target <= 2 s: %s)%n", cold, median, files, perTwenty, perTwenty <= 2.0 ? "met" : "MISSED");
            Map<String, Object> result = Json.fields("benchmark", "ingest", "source", settings.dataUrl().toString(),
                    "divisions", divisions, "seasons", seasons, "files", files, "matches", matches,
                    "cold_seconds", cold, "warm_median_seconds", median, "seconds_per_20_seasons", perTwenty,
                    "target_seconds_per_20_seasons", 2.0, "runs", rows);
            output.write("ingest", result, console);
            return 0;
        }
    }
}
