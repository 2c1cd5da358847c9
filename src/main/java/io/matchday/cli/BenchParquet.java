package io.matchday.cli;

import io.matchday.evaluation.BacktestForecasts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "parquet", mixinStandardHelpOptions = true,
        description = {"Writing backtest forecasts as Parquet: a million rows (20 seasons of a 20-team league, ten models, "
            + "seeded), timed cold (the first write in a fresh JVM), then five times after two warm-up writes.",
            "Target: 1,000,000 forecast rows written in <= 2 s."})
final class BenchParquet implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", description = "Forecast rows. Default: ${DEFAULT-VALUE}")
    int rows;

    @Mixin
    BenchResult output;

    @Override
    public Integer call() throws IOException {
        PrintWriter p = spec.commandLine().getOut();
        List<BacktestForecasts.Row> table = forecasts(rows);
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path file = dir.resolve("forecasts.parquet");
        double cold = time(table, file);
        time(table, file);
        time(table, file);
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = time(table, file);
        }
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        double mb = Files.size(file) / 1e6;
        p.printf("%10s %8s %10s %10s %12s %9s %8s%n", "rows", "cold s", "median s", "best s", "rows/s", "file MB", "target");
        p.printf("%,10d %8.2f %10.2f %10.2f %,12.0f %9.1f %8s%n", rows, cold, sorted[2], sorted[0], rows / sorted[2], mb,
                "<= 2 s");
        output.write("parquet", Json.fields("benchmark", "backtest forecasts written as Parquet", "rows", rows,
                "columns", BacktestForecasts.TABLE.columnNames().size(), "cold_seconds", cold, "median_seconds", sorted[2],
                "best_seconds", sorted[0], "runs_seconds", runs, "file_bytes", Files.size(file), "target_seconds", 2.0,
                "cores", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version")), p);
        return 0;
    }

    private static double time(List<BacktestForecasts.Row> table, Path file) {
        long start = System.nanoTime();
        BacktestForecasts.TABLE.write(table, file);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seeded forecast rows shaped like a long backtest's: real-looking names, dates, probabilities summing to one. */
    static List<BacktestForecasts.Row> forecasts(int n) {
        String[] teams = {"Arsenal", "Aston Villa", "Bournemouth", "Brentford", "Brighton", "Burnley", "Chelsea",
            "Crystal Palace", "Everton", "Fulham", "Liverpool", "Luton", "Man City", "Man United", "Newcastle",
            "Nott'm Forest", "Sheffield United", "Tottenham", "West Ham", "Wolves"};
        String[] models = {"market", "elo", "pi-ratings", "dixon-coles", "state-space", "gap", "logistic", "gbm", "forest",
            "ensemble-no-prices"};
        BacktestForecasts.Row[] rows = new BacktestForecasts.Row[n];
        SplittableRandom random = new SplittableRandom(20261204L);
        for (int i = 0; i < n; i++) {
            int match = i / models.length;
            int season = 2005 + (match / 380) % 20;
            int home = match % 20;
            int away = (home + 1 + (match / 20) % 19) % 20;
            double h = 0.25 + 0.4 * random.nextDouble();
            double d = 0.2 + 0.1 * random.nextDouble();
            double a = 1 - h - d;
            String result = switch (random.nextInt(3)) {
                case 0 -> "H";
                case 1 -> "D";
                default -> "A";
            };
            rows[i] = new BacktestForecasts.Row("E0", season + "-" + String.format("%02d", (season + 1) % 100),
                    LocalDate.of(season, 8, 10).plusDays((match % 380) * 270L / 380), teams[home], teams[away], result,
                    models[i % models.length], h, d, a, random.nextDouble() * 0.5);
        }
        return new AbstractList<>() {
            @Override
            public BacktestForecasts.Row get(int index) {
                return rows[index];
            }

            @Override
            public int size() {
                return rows.length;
            }
        };
    }
}
