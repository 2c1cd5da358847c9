package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.data.Season;
import io.matchday.simulation.Projections;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "project", mixinStandardHelpOptions = true,
        description = {"Season projection: the fit and the score grids of the remaining fixtures (once), then 10,000 "
            + "simulations of the rest of the season, timed five times after two warm-up runs.",
            "Target: 10,000 simulations of half a season <= 1 s warm."})
final class BenchProject extends StoreCommand.OfDivision implements Callable<Integer> {

    @Option(names = "--season", defaultValue = "2023-24", description = "Season. Default: ${DEFAULT-VALUE}")
    String season;

    @Option(names = "--as-of", defaultValue = "2023-12-31", description = "Table as of this day. Default: ${DEFAULT-VALUE}")
    LocalDate asOf;

    @Option(names = "--models", defaultValue = "dixon-coles,ensemble-no-prices", split = ",", description = "Models. Default: ${DEFAULT-VALUE}")
    List<String> models;

    @Mixin
    BenchResult output;

    @Override
    public Integer call() throws java.io.IOException {
        Division div = division.value();
        PrintWriter p = out();
        List<Map<String, Object>> rows = new ArrayList<>();
        p.printf("%-20s %10s %12s %14s %14s %8s%n", "model", "remaining", "prepare s", "10k sims s", "best of 5 s", "target");
        try (Matchday matchday = open()) {
            for (String model : models) {
                long start = System.nanoTime();
                Projections.Prepared prepared = matchday.projections().prepare(div, Season.parse(season), asOf, Optional.of(model));
                double prepare = (System.nanoTime() - start) / 1e9;
                prepared.simulate(Projections.DEFAULT_SIMULATIONS);
                prepared.simulate(Projections.DEFAULT_SIMULATIONS);
                double[] runs = new double[5];
                for (int i = 0; i < runs.length; i++) {
                    long t = System.nanoTime();
                    prepared.simulate(Projections.DEFAULT_SIMULATIONS);
                    runs[i] = (System.nanoTime() - t) / 1e9;
                }
                double[] sorted = runs.clone();
                java.util.Arrays.sort(sorted);
                p.printf("%-20s %10d %12.2f %14.3f %14.3f %8s%n", model, prepared.remaining(), prepare, sorted[2], sorted[0], "<= 1");
                rows.add(Json.fields("model", model, "remaining", prepared.remaining(), "prepare_seconds", prepare,
                        "simulate_median_seconds", sorted[2], "simulate_best_seconds", sorted[0], "simulations",
                        Projections.DEFAULT_SIMULATIONS, "target_seconds", 1.0));
            }
        }
        output.write("project", Map.of("benchmark", "season projection, 10,000 simulations", "division", div.code(),
                "season", season, "as_of", asOf.toString(), "cores", Runtime.getRuntime().availableProcessors(), "runs", rows), p);
        return 0;
    }
}
