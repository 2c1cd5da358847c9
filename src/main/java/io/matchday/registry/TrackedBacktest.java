package io.matchday.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.BacktestConfig;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.models.CodeVersion;
import io.matchday.models.Trainer;
import io.matchday.models.TrainingData;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A walk-forward backtest as a tracked run, the same from the CLI, the API and the console: the
 * run records its window, fingerprint and parameters, then the final and weekly metrics, and the
 * report as JSON and HTML plus every model's RPS per match (what {@code compare} pairs runs on).
 * A failure closes the run as failed and is rethrown.
 */
public final class TrackedBacktest {

    /** The defaults of every backtest, from the CLI, the API and the console alike: every model, five seasons, the closing market. */
    public static final String DEFAULT_MODELS = "all";
    public static final String DEFAULT_SEASONS = "2019-20..2023-24";
    public static final String DEFAULT_BENCHMARK = "market";
    public static final int DEFAULT_THREADS = 2;

    /** The artifact holding every model's RPS per match. */
    public static final String RPS_BY_MATCH = "rps_by_match.json";
    /** Every forecast of the backtest, one row per (match, model), as Parquet. */
    public static final String FORECASTS = "forecasts.parquet";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RunTracker runs;
    private final Function<BacktestReport, String> html;

    /** @param html renders the report as a self-contained page (kept as the run's {@code backtest.html}) */
    public TrackedBacktest(RunTracker runs, Function<BacktestReport, String> html) {
        this.runs = runs;
        this.html = html;
    }

    /** What to backtest: the division's history, the models (benchmark first), the test seasons. */
    public record Request(String division, List<Match> history, List<Trainer> trainers, SeasonRange seasons,
                          int rollingDays, int threads) {
    }

    public record Result(String runId, BacktestReport report, String json, String html) {
    }

    /** Called with the run id as soon as the run is recorded, then with finished (model, week) trainings. */
    public interface Listener {
        default void started(String runId) { }

        default void trained(int done) { }
    }

    public Result run(Request request, Listener listener) {
        String runId = runs.start(start(request));
        listener.started(runId);
        try {
            WalkForwardBacktest backtest = new WalkForwardBacktest(new BacktestConfig(request.seasons(), request.rollingDays(),
                    request.threads()), PairedBootstrap.DEFAULT, request.trainers().get(0).name());
            BacktestReport report = backtest.run(request.history(), request.trainers(), listener::trained);
            String json = write(summary(report));
            String page = html.apply(report);
            runs.logMetrics(runId, BacktestRecorder.metrics(report));
            runs.logArtifact(runId, "backtest.json", "application/json", json.getBytes(StandardCharsets.UTF_8));
            runs.logArtifact(runId, "backtest.html", "text/html", page.getBytes(StandardCharsets.UTF_8));
            runs.logArtifact(runId, RPS_BY_MATCH, "application/json",
                    write(BacktestRecorder.rpsByMatch(report)).getBytes(StandardCharsets.UTF_8));
            runs.logArtifact(runId, FORECASTS, io.matchday.tabular.ParquetTable.MEDIA_TYPE,
                    io.matchday.evaluation.BacktestForecasts.TABLE.bytes(io.matchday.evaluation.BacktestForecasts.rows(report)));
            runs.finish(runId);
            return new Result(runId, report, json, page);
        } catch (RuntimeException e) {
            runs.fail(runId, e);
            throw e;
        }
    }

    /** How many (model, week) trainings a backtest of {@code seasons} makes: its progress counts these. */
    public static int trainings(List<Match> history, SeasonRange seasons, int models) {
        long weeks = history.stream().filter(m -> seasons.contains(m.season()))
                .map(m -> WalkForwardBacktest.weekStart(m.date())).distinct().count();
        return (int) weeks * models;
    }

    private static RunTracker.Start start(Request request) {
        List<Match> history = request.history();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("models", request.trainers().stream().map(Trainer::name).toList());
        parameters.put("test_seasons", request.seasons().toString());
        parameters.put("rolling_days", request.rollingDays());
        parameters.put("benchmark", request.trainers().get(0).name());
        parameters.put("bootstrap_resamples", PairedBootstrap.DEFAULT.resamples());
        parameters.put("bootstrap_seed", PairedBootstrap.DEFAULT.seed());
        String fingerprint = history.isEmpty() ? null : TrainingData.all(history).fingerprint();
        return new RunTracker.Start("backtest", request.division(), history.isEmpty() ? null : history.get(0).date(),
                history.isEmpty() ? null : history.get(history.size() - 1).date(), fingerprint,
                CodeVersion.current(), parameters, Map.of());
    }

    /** The leaderboard as JSON-ready maps: what {@code backtest --json} writes and the run keeps. */
    public static Map<String, Object> summary(BacktestReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("division", report.division());
        root.put("test_seasons", report.testSeasons());
        root.put("benchmark", report.benchmark());
        root.put("matches", report.matches().size());
        root.put("excluded", report.excluded());
        root.put("left_out", report.leftOut());
        if (report.totals() != null) {
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("prices", report.totals().prices());
            totals.put("matches", report.totals().matches());
            totals.put("market", Map.of("log_loss", report.totals().market().logLoss(), "brier", report.totals().market().brier(),
                    "ece", report.totals().market().ece()));
            Map<String, Object> models = new LinkedHashMap<>();
            report.totals().models().forEach((name, t) -> models.put(name, Map.of("log_loss", t.logLoss(), "brier", t.brier(),
                    "ece", t.ece(), "delta_log_loss", t.deltaLogLoss().mean(), "delta_log_loss_low", t.deltaLogLoss().low(),
                    "delta_log_loss_high", t.deltaLogLoss().high(), "delta_brier", t.deltaBrier().mean())));
            totals.put("models", models);
            root.put("over_under_2_5", totals);
        }
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

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a backtest summary is plain data", e);
        }
    }
}
