package io.matchday.cli;

import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.BacktestConfig;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.ModelResult;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.models.ModelZoo;
import io.matchday.models.CodeVersion;
import io.matchday.models.Trainer;
import io.matchday.models.TrainingData;
import io.matchday.registry.BacktestRecorder;
import io.matchday.registry.RunTracker;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Walk-forward backtest: every week of the test seasons, each model is trained on the matches "
            + "before that week and forecasts it. Scored by RPS, Brier, log loss, accuracy and calibration, "
            + "side by side with the market's closing prices (the 'market' model, always included)."})
final class BacktestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Mixin
    DivisionOption division;

    @Option(names = {"-m", "--models"}, defaultValue = "all",
            description = "Models, comma-separated, or 'all'. Default: ${DEFAULT-VALUE}")
    String models;

    @Option(names = {"-t", "--test-seasons"}, defaultValue = "2019-20..2023-24",
            description = "Seasons to forecast week by week. Default: ${DEFAULT-VALUE}")
    String testSeasons;

    @Option(names = "--benchmark", defaultValue = "market",
            description = "The model every ΔRPS is measured against: market (closing prices) or e.g. market-open, "
                + "for seasons the files have no closing prices for. Default: ${DEFAULT-VALUE}")
    String benchmark;

    @Option(names = "--rolling-days", defaultValue = "0",
            description = "Train only on the last N days before each week (0: everything before it). Default: ${DEFAULT-VALUE}")
    int rollingDays;

    @Option(names = "--threads", defaultValue = "2", description = "Parallel trainings. Default: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the leaderboard as JSON.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Write a self-contained HTML report (leaderboard, reliability diagrams, RPS against the market over time).")
    Path html;

    @Option(names = "--forecasts", paramLabel = "FILE",
            description = "Write every forecast as CSV: date, season, teams, result, model, P(home), P(draw), P(away), RPS.")
    Path forecasts;

    @Override
    public Integer call() throws IOException {
        List<Trainer> trainers = ModelZoo.trainers(models, benchmark);
        SeasonRange seasons = SeasonRange.parse(testSeasons);
        try (Workspace workspace = Workspace.open(store.settings())) {
            List<Match> history = workspace.matches.matches(division.value(), SeasonRange.ALL);
            String runId = workspace.runs.start(runStart(history, trainers, seasons));
            try {
                BacktestReport report = run(history, trainers, seasons);
                String reportJson = Json.write(toJson(report));
                String reportHtml = new io.matchday.evaluation.BacktestHtmlReport().render(report);
                workspace.runs.logMetrics(runId, BacktestRecorder.metrics(report));
                workspace.runs.logArtifact(runId, "backtest.json", "application/json", reportJson.getBytes(StandardCharsets.UTF_8));
                workspace.runs.logArtifact(runId, "backtest.html", "text/html", reportHtml.getBytes(StandardCharsets.UTF_8));
                workspace.runs.logArtifact(runId, CompareCommand.RPS_BY_MATCH, "application/json",
                        Json.write(BacktestRecorder.rpsByMatch(report)).getBytes(StandardCharsets.UTF_8));
                workspace.runs.finish(runId);
                PrintWriter out = spec.commandLine().getOut();
                print(report, out);
                out.println("run " + runId + " (matchday runs show " + runId + ")");
                write(json, reportJson, out);
                write(html, reportHtml, out);
                write(forecasts, forecastsCsv(report), out);
            } catch (RuntimeException e) {
                workspace.runs.fail(runId, e);
                throw e;
            }
        }
        return 0;
    }

    private BacktestReport run(List<Match> history, List<Trainer> trainers, SeasonRange seasons) {
        WalkForwardBacktest backtest = new WalkForwardBacktest(new BacktestConfig(seasons, rollingDays, threads),
                PairedBootstrap.DEFAULT, trainers.get(0).name());
        try (ProgressBar bar = progressBar()) {
            return backtest.run(history, trainers, done -> {
                if (bar != null) {
                    bar.stepTo(done);
                }
            });
        }
    }

    private RunTracker.Start runStart(List<Match> history, List<Trainer> trainers, SeasonRange seasons) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("models", trainers.stream().map(Trainer::name).toList());
        parameters.put("test_seasons", seasons.toString());
        parameters.put("rolling_days", rollingDays);
        parameters.put("benchmark", trainers.get(0).name());
        parameters.put("bootstrap_resamples", PairedBootstrap.DEFAULT.resamples());
        parameters.put("bootstrap_seed", PairedBootstrap.DEFAULT.seed());
        String fingerprint = history.isEmpty() ? null
                : TrainingData.all(history).fingerprint();
        return new RunTracker.Start("backtest", division.code, history.isEmpty() ? null : history.get(0).date(),
                history.isEmpty() ? null : history.get(history.size() - 1).date(), fingerprint,
                CodeVersion.current(), parameters, Map.of());
    }

    private static void write(Path file, String content, PrintWriter out) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new io.matchday.MatchdayException("cannot write " + file + ": " + e.getMessage(), e);
        }
        out.println("wrote " + file);
    }

    private static ProgressBar progressBar() {
        return System.console() == null ? null : new ProgressBarBuilder().setTaskName("backtest")
                .setStyle(ProgressBarStyle.ASCII).setUnit(" trainings", 1).setInitialMax(-1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    static void print(BacktestReport report, PrintWriter out) {
        out.printf("Walk-forward backtest, %s %s: %d matches (%d left out for missing prices), %.1f s%s%n",
                report.division(), report.testSeasons(), report.matches().size(), report.excluded(), report.seconds(),
                report.benchmark().equals(ModelZoo.MARKET) ? "" : "; ΔRPS against " + report.benchmark());
        int width = report.models().stream().mapToInt(m -> m.name().length()).max().orElse(5);
        String name = "%-" + width + "s";
        out.printf(name + " %6s %7s %7s %8s %8s %7s %10s  %-20s %7s%n", "model", "prices", "RPS", "Brier", "logloss",
                "accuracy", "ECE", "ΔRPS", "95% CI", "train s");
        List<ModelResult> ranked = report.models().stream()
                .sorted(Comparator.comparingDouble(m -> m.evaluation().rps())).toList();
        for (ModelResult m : ranked) {
            var e = m.evaluation();
            var d = m.deltaRpsVsMarket();
            out.printf(name + " %6s %7.4f %7.4f %8.4f %8.3f %7.4f %+10.4f  [%+.4f, %+.4f] %7.1f%n", m.name(),
                    m.usesPrices() ? "yes" : "no", e.rps(), e.brier(), e.logLoss(), e.accuracy(), e.ece(),
                    d.mean(), d.low(), d.high(), m.trainSeconds());
        }
    }

    /** One line per (match, model), in match order: the forecasts themselves, for analysis elsewhere. */
    static String forecastsCsv(BacktestReport report) {
        StringBuilder csv = new StringBuilder("date,season,home,away,result,model,p_home,p_draw,p_away,rps\n");
        for (int k = 0; k < report.matches().size(); k++) {
            Match match = report.matches().get(k);
            for (ModelResult model : report.models()) {
                double[] p = model.probabilities()[k];
                csv.append(match.date()).append(',').append(match.season()).append(',')
                        .append(csvField(match.home().name())).append(',').append(csvField(match.away().name())).append(',')
                        .append(match.result().code()).append(',').append(model.name()).append(',')
                        .append(String.format(java.util.Locale.ROOT, "%.6f,%.6f,%.6f,%.6f%n", p[0], p[1], p[2],
                                model.rpsByMatch()[k]));
            }
        }
        return csv.toString();
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    static Map<String, Object> toJson(BacktestReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("division", report.division());
        root.put("test_seasons", report.testSeasons());
        root.put("benchmark", report.benchmark());
        root.put("matches", report.matches().size());
        root.put("excluded", report.excluded());
        root.put("models", report.models().stream().map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", m.name());
            row.put("uses_prices", m.usesPrices());
            row.put("rps", m.evaluation().rps());
            row.put("brier", m.evaluation().brier());
            row.put("logloss", m.evaluation().logLoss());
            row.put("accuracy", m.evaluation().accuracy());
            row.put("ece", m.evaluation().ece());
            row.put("delta_rps_vs_market", m.deltaRpsVsMarket().mean());
            row.put("delta_ci_low", m.deltaRpsVsMarket().low());
            row.put("delta_ci_high", m.deltaRpsVsMarket().high());
            row.put("train_seconds", m.trainSeconds());
            return row;
        }).toList());
        return root;
    }
}
