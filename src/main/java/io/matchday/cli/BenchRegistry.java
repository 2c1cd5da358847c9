package io.matchday.cli;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.models.Model;
import io.matchday.models.ModelZoo;
import io.matchday.models.TrainingData;
import io.matchday.registry.ArtifactStore;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.RunTracker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "registry", mixinStandardHelpOptions = true,
        description = {"Registering a Dixon–Coles version and loading the champion, on a fresh H2 file database "
            + "and artifact store: median of timed repeats after warm-up.", "Target: each <= 200 ms warm."})
final class BenchRegistry extends StoreCommand implements Callable<Integer> {

    @Option(names = "--repeats", defaultValue = "30", description = "Timed repeats after 10 warm-up ones. Default: ${DEFAULT-VALUE}")
    int repeats;

    @Mixin
    BenchResult output;

    @Override
    public Integer call() throws IOException {
        List<Match> history = storedMatches(Division.of("E0"));
        Model model = ModelZoo.trainer("dixon-coles").train(TrainingData.all(history));
        Path dir = Files.createTempDirectory("matchday-bench-registry");
        PrintWriter console = out();
        Map<String, Object> result = new LinkedHashMap<>();
        try (Database db = Database.open(new DatabaseSettings("jdbc:h2:file:" + dir.resolve("db"), "sa", ""))) {
            ArtifactStore artifacts = new ArtifactStore(dir.resolve("artifacts"));
            ModelRegistry registry = new ModelRegistry(db.dataSource(), artifacts, Clock.systemUTC());
            String run = new RunTracker(db.dataSource(), artifacts, Clock.systemUTC()).start(new RunTracker.Start("train",
                    "E0", null, null, null, "bench", Map.of(), Map.of()));
            List<Double> register = new ArrayList<>();
            List<Double> load = new ArrayList<>();
            for (int i = 0; i < 10 + repeats; i++) {
                long t0 = System.nanoTime();
                int version = registry.register("bench", run, "dixon-coles", model).version();
                registry.moveAlias("bench", ModelRegistry.CHAMPION, version, "bench", false);
                long t1 = System.nanoTime();
                registry.load(registry.champion("bench").orElseThrow());
                long t2 = System.nanoTime();
                if (i >= 10) {
                    register.add((t1 - t0) / 1e6);
                    load.add((t2 - t1) / 1e6);
                }
            }
            double registerMs = median(register);
            double loadMs = median(load);
            console.printf("%-34s %10s%n", "operation (H2 file, warm)", "median ms");
            console.printf("%-34s %10.2f  (target <= 200 ms: %s)%n", "register a version + move champion", registerMs, registerMs <= 200 ? "met" : "MISSED");
            console.printf("%-34s %10.2f  (target <= 200 ms: %s)%n", "load the champion", loadMs, loadMs <= 200 ? "met" : "MISSED");
            result.put("register_median_ms", registerMs);
            result.put("load_champion_median_ms", loadMs);
            result.put("target_ms", 200);
        }
        output.write("registry", result, console);
        return 0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }
}
