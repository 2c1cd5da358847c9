package io.matchday.cli;

import io.matchday.data.Division;
import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.data.Season;
import io.matchday.models.ForecastBands;
import io.matchday.models.Model;
import io.matchday.models.ModelZoo;
import io.matchday.models.PointInTime;
import io.matchday.models.TrainingData;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"The cost of saying why and how sure: per fixture of a season, each model's forecast, its explanation "
            + "(exact Shapley factors) and its band (quantiles over the drawn models; the first time per fixture — served "
            + "bands are cached per fixture and model version), after a warm-up pass.",
            "Target: explanation p99 <= 2 ms per forecast, beside the forecast itself in the same run."})
final class BenchExplain extends StoreCommand.OfDivision implements Callable<Integer> {

    @Option(names = "--season", defaultValue = "2023-24", description = "Season whose fixtures to explain. Default: ${DEFAULT-VALUE}")
    String season;

    @Option(names = "--models", defaultValue = "dixon-coles,state-space,gbm,ensemble-no-prices,ensemble", split = ",",
            description = "Models. Default: ${DEFAULT-VALUE}")
    List<String> models;

    @Mixin
    BenchResult output;

    @Override
    public Integer call() throws java.io.IOException {
        Division div = division.value();
        List<Match> history = storedMatches(div);
        Season s = Season.parse(season);
        List<Match> target = history.stream().filter(m -> m.season().equals(s)).toList();
        List<Fixture> fixtures = target.stream().map(PointInTime::beforeKickOff).toList();
        PrintWriter p = out();
        p.printf("%s %s: %d fixtures%n", div, s.label(), fixtures.size());
        p.printf("%-20s %10s %10s %10s %10s %10s %10s %8s%n", "model", "fc p50 ms", "fc p99 ms", "why p50", "why p99", "band p50",
                "band p99", "target");
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Model> trained = new ArrayList<>();
        for (String name : models) {
            trained.add(ModelZoo.trainer(name).train(TrainingData.before(history, target.get(0).date())));
        }
        for (int pass = 0; pass < 3; pass++) {   // warm-up: every model's code compiled before any is timed
            for (Model model : trained) {
                for (Fixture f : fixtures) {
                    model.forecast(f);
                    model.explain(f);
                }
            }
        }
        for (int m = 0; m < trained.size(); m++) {
            Model model = trained.get(m);
            String name = models.get(m);
            ForecastBands bands = new ForecastBands(model);
            long drawStart = System.nanoTime();
            boolean banded = bands.band(fixtures.get(0), 0.9).isPresent();
            double drawMs = (System.nanoTime() - drawStart) / 1e6;
            double[] forecast = time(fixtures, f -> model.forecast(f));
            double[] explain = time(fixtures, f -> model.explain(f));
            double[] band = banded ? time(fixtures, f -> bands.band(f, 0.9)) : null;
            p.printf("%-20s %10.3f %10.3f %10.3f %10.3f %10s %10s %8s%n", name, q(forecast, 0.5), q(forecast, 0.99),
                    q(explain, 0.5), q(explain, 0.99), band == null ? "–" : String.format(java.util.Locale.ROOT, "%.3f", q(band, 0.5)),
                    band == null ? "–" : String.format(java.util.Locale.ROOT, "%.3f", q(band, 0.99)), "<= 2");
            rows.add(Json.fields("model", name, "fixtures", fixtures.size(), "forecast_p50_ms", q(forecast, 0.5),
                    "forecast_p99_ms", q(forecast, 0.99), "explain_p50_ms", q(explain, 0.5), "explain_p99_ms", q(explain, 0.99),
                    "band_p50_ms", band == null ? null : q(band, 0.5), "band_p99_ms", band == null ? null : q(band, 0.99),
                    "first_band_ms", drawMs, "target_explain_p99_ms", 2.0));
        }
        output.write("explain", Map.of("benchmark", "explanations and bands per forecast", "division", div.code(),
                "season", s.label(), "cores", Runtime.getRuntime().availableProcessors(), "runs", rows), p);
        return 0;
    }

    private static double[] time(List<Fixture> fixtures, java.util.function.Consumer<Fixture> work) {
        double[] ms = new double[fixtures.size()];
        for (int i = 0; i < fixtures.size(); i++) {
            long start = System.nanoTime();
            work.accept(fixtures.get(i));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double q(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
