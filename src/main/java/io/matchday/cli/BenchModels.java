package io.matchday.cli;

import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.BacktestConfig;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.models.ModelZoo;
import io.matchday.models.Trainer;
import io.matchday.models.TrainingData;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"Model speed on the stored matches: one Dixon–Coles fit on three seasons (warm, median of "
            + "repeats), the training time of every model, and a whole walk-forward backtest.",
            "Targets: Dixon–Coles fit on 3 seasons <= 5 ms warm; --models all over 5 test "
                + "seasons <= 45 s."})
final class BenchModels extends StoreCommand.OfDivision implements Callable<Integer> {

    @Option(names = "--cutoff", defaultValue = "2024-08-01", description = "Training cutoff for the fit timings. Default: ${DEFAULT-VALUE}")
    LocalDate cutoff;

    @Option(names = "--backtest-models", defaultValue = "all", description = "Models of the timed backtest. Default: ${DEFAULT-VALUE}")
    String backtestModels;

    @Option(names = "--test-seasons", defaultValue = "2019-20..2023-24", description = "Default: ${DEFAULT-VALUE}")
    String testSeasons;

    @Option(names = "--repeats", defaultValue = "20", description = "Timed fits per model after 5 warm-up fits. Default: ${DEFAULT-VALUE}")
    int repeats;

    @Mixin
    BenchResult output;

    @Override
    public Integer call() throws IOException {
        List<Match> history = storedMatches(division.value());
        PrintWriter console = out();
        Map<String, Object> result = new LinkedHashMap<>();
        TrainingData all = TrainingData.before(history, cutoff);
        TrainingData threeSeasons = new TrainingData(all.matches().stream()
                .filter(m -> !m.date().isBefore(cutoff.minusYears(3))).toList(), cutoff);
        console.printf("bench models: %s, cutoff %s; %d warm-up + %d timed fits each%n", division, cutoff, 5, repeats);
        console.printf("%-22s %8s %10s %10s%n", "fit", "matches", "median ms", "min ms");
        List<Map<String, Object>> fits = new ArrayList<>();
        double dc = time(console, fits, "dixon-coles (3 seasons)", "dixon-coles", threeSeasons);
        for (String name : ModelZoo.names()) {
            time(console, fits, name, name, all);
        }
        result.put("fits", fits);
        result.put("dixon_coles_3_seasons_median_ms", dc);
        result.put("dixon_coles_target_ms", 5);
        console.printf("Dixon–Coles on 3 seasons: %.1f ms median (target <= 5 ms: %s)%n", dc, dc <= 5 ? "met" : "MISSED");

        long start = System.nanoTime();
        BacktestReport report = new WalkForwardBacktest(new BacktestConfig(SeasonRange.parse(testSeasons), 0, 2),
                PairedBootstrap.DEFAULT).run(history, ModelZoo.trainers(backtestModels), i -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        console.printf("backtest --models %s, %s (%d matches, 2 threads): %.1f s (target <= 45 s: %s)%n",
                backtestModels, testSeasons, report.matches().size(), seconds, seconds <= 45 ? "met" : "MISSED");
        Map<String, Double> trainSeconds = new LinkedHashMap<>();
        for (var model : report.models()) {
            trainSeconds.put(model.name(), Math.round(model.trainSeconds() * 10) / 10.0);
        }
        console.println("training time per model, summed over the weeks (s): " + trainSeconds);
        result.put("backtest_models", backtestModels);
        result.put("backtest_seconds", seconds);
        result.put("backtest_train_seconds", trainSeconds);
        result.put("backtest_target_seconds", 45);
        output.write("models", result, console);
        return 0;
    }

    /**
     * A copy of the window without its memoised feature replays, so a timed fit pays for its own
     * replay; its fingerprint (provenance bookkeeping, not fitting) is taken before the clock starts.
     */
    private static TrainingData fresh(TrainingData data) {
        TrainingData copy = new TrainingData(data.matches(), data.cutoff());
        copy.fingerprint();
        return copy;
    }

    private double time(PrintWriter console, List<Map<String, Object>> fits, String label, String model, TrainingData data) {
        for (int i = 0; i < 5; i++) {
            ModelZoo.trainer(model).train(fresh(data));
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Trainer trainer = ModelZoo.trainer(model);
            TrainingData window = fresh(data);
            long t0 = System.nanoTime();
            trainer.train(window);
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        ms.sort(Double::compare);
        double median = ms.get(ms.size() / 2);
        console.printf("%-22s %8d %10.1f %10.1f%n", label, data.matches().size(), median, ms.get(0));
        fits.add(Map.of("model", label, "matches", data.matches().size(), "median_ms", median, "min_ms", ms.get(0)));
        return median;
    }
}
