package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.LeaguePanel;
import io.matchday.evaluation.ModelResult;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.Totals;
import io.matchday.models.ModelZoo;
import io.matchday.models.Trainer;
import io.matchday.registry.TrackedBacktest;
import io.matchday.reports.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Walk-forward backtest: every week of the test seasons, each model is trained on the matches "
            + "before that week and forecasts it. Scored by RPS, Brier, log loss, accuracy and calibration, "
            + "side by side with the market's closing prices (the 'market' model, always included)."})
final class BacktestCommand extends StoreCommand.OfDivision implements Callable<Integer> {

    @Option(names = "--divisions", paramLabel = "CODES",
            description = "A league panel: the same backtest for each division (comma-separated, e.g. E0,SP1,D1,I1,F1), "
                + "one table of ΔRPS per model and league with the mean across leagues. Seasons a division has not "
                + "stored are skipped and said so; a model that cannot forecast a league's window is left out of it.")
    String divisions;

    @Option(names = {"-m", "--models"}, defaultValue = TrackedBacktest.DEFAULT_MODELS,
            description = "Models, comma-separated, or 'all'. Default: ${DEFAULT-VALUE}")
    String models;

    @Option(names = {"-t", "--test-seasons"}, defaultValue = TrackedBacktest.DEFAULT_SEASONS,
            description = "Seasons to forecast week by week. Default: ${DEFAULT-VALUE}")
    String testSeasons;

    @Option(names = "--benchmark", defaultValue = TrackedBacktest.DEFAULT_BENCHMARK,
            description = "The model every ΔRPS is measured against: market (closing prices) or e.g. market-open, "
                + "for seasons the files have no closing prices for. Default: ${DEFAULT-VALUE}")
    String benchmark;

    @Option(names = "--rolling-days", defaultValue = "0",
            description = "Train only on the last N days before each week (0: everything before it). Default: ${DEFAULT-VALUE}")
    int rollingDays;

    @Option(names = "--threads", defaultValue = "" + TrackedBacktest.DEFAULT_THREADS, description = "Parallel trainings. Default: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the leaderboard as JSON.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Write a self-contained HTML report (leaderboard, reliability diagrams, RPS against the market over time).")
    Path html;

    @Option(names = "--parquet", paramLabel = "FILE",
            description = "Write the leaderboard as Parquet: one row per model (per league and model with --divisions), "
                    + "its scores and ΔRPS with the 95% interval.")
    Path parquet;

    @Option(names = "--forecasts", paramLabel = "FILE",
            description = "Write every forecast: date, season, teams, result, model, P(home), P(draw), P(away), RPS — "
                    + "as Parquet when FILE ends in .parquet (typed columns, for pandas or DuckDB), else as CSV.")
    Path forecasts;

    @Override
    public Integer call() throws IOException {
        if (divisions != null) {
            return panel();
        }
        List<Trainer> trainers = ModelZoo.trainers(models, benchmark);
        SeasonRange seasons = SeasonRange.parse(testSeasons);
        try (Matchday matchday = open(); ProgressBar bar = progressBar()) {
            List<Match> history = matchday.matches().matches(division.value(), SeasonRange.ALL);
            TrackedBacktest.Result result = new TrackedBacktest(matchday.runs(), matchday.reports()::backtest).run(
                    new TrackedBacktest.Request(division.code, history, trainers, seasons, rollingDays, threads),
                    new TrackedBacktest.Listener() {
                        @Override
                        public void trained(int done) {
                            if (bar != null) {
                                bar.stepTo(done);
                            }
                        }
                    });
            PrintWriter out = out();
            print(result.report(), out);
            out.println("run " + result.runId() + " (matchday runs show " + result.runId() + ")");
            write(json, result.json(), out);
            write(html, result.html(), out);
            writeForecasts(forecasts, List.of(result.report()), out);
            writeTable(parquet, io.matchday.evaluation.Leaderboard.TABLE,
                    io.matchday.evaluation.Leaderboard.rows(result.report(), result.runId()), "models", out);
        }
        return 0;
    }

    /** One tracked backtest per division over the same seasons, then the panel table, JSON and HTML. */
    private Integer panel() {
        SeasonRange seasons = SeasonRange.parse(testSeasons);
        PrintWriter out = out();
        List<LeaguePanel.League> leagues = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Reports reports;
        try (Matchday matchday = open()) {
            reports = matchday.reports();
            Map<String, Set<Season>> stored = new HashMap<>();
            matchday.matches().seasons().forEach(s -> stored.computeIfAbsent(s.division().code(), k -> new HashSet<>())
                    .add(s.season()));
            for (String code : divisions.split(",")) {
                Division division = Division.of(code.strip());
                Set<Season> has = stored.getOrDefault(division.code(), Set.of());
                List<String> missing = seasons.seasons().stream().filter(s -> !has.contains(s)).map(Season::label).toList();
                if (missing.size() == seasons.seasons().size()) {
                    skipped.add(division + ": none of " + seasons + " is stored, skipped");
                    continue;
                }
                out.printf("%s: backtesting %s%s ...%n", division, seasons,
                        missing.isEmpty() ? "" : " (" + String.join(", ", missing) + " not stored, skipped)");
                out.flush();
                List<Match> history = matchday.matches().matches(division, SeasonRange.ALL);
                TrackedBacktest.Result result = new TrackedBacktest(matchday.runs(), reports::backtest).run(
                        new TrackedBacktest.Request(division.code(), history, ModelZoo.trainers(models, benchmark), seasons,
                                rollingDays, threads), new TrackedBacktest.Listener() { });
                leagues.add(new LeaguePanel.League(division.code(), seasons.toString(), missing, result.report(),
                        result.runId()));
            }
        }
        if (leagues.isEmpty()) {
            throw new io.matchday.MatchdayException("no division of " + divisions + " has stored matches in " + seasons);
        }
        LeaguePanel panel = LeaguePanel.of(seasons.toString(), benchmark, leagues, skipped, PairedBootstrap.DEFAULT);
        print(panel, out);
        write(json, Json.write(panelJson(panel)), out);
        write(html, reports.panel(panel), out);
        writeTable(parquet, io.matchday.evaluation.Leaderboard.TABLE, io.matchday.evaluation.Leaderboard.rows(panel),
                "league × model rows", out);
        writeForecasts(forecasts, leagues.stream().map(LeaguePanel.League::report).toList(), out);
        return 0;
    }

    static void print(LeaguePanel panel, PrintWriter out) {
        out.printf("League panel %s: ΔRPS against %s, 95%% paired bootstrap intervals%n", panel.testSeasons(),
                panel.benchmark());
        int width = Math.max(5, panel.models().stream().mapToInt(String::length).max().orElse(5));
        StringBuilder head = new StringBuilder(String.format("%-" + width + "s %6s", "model", "prices"));
        for (LeaguePanel.League l : panel.leagues()) {
            head.append(String.format("  %-25s", l.division() + " (" + l.report().matches().size() + ")"));
        }
        out.println(head.append(String.format("  %8s  %s", "mean", "pooled 95% CI")));
        for (String name : panel.models()) {
            LeaguePanel.Across a = panel.across().get(name);
            StringBuilder line = new StringBuilder(String.format("%-" + width + "s %6s", name, a.usesPrices() ? "yes" : "no"));
            for (LeaguePanel.League l : panel.leagues()) {
                var d = l.model(name).map(ModelResult::deltaRpsVsMarket).orElse(null);
                line.append(d == null ? String.format("  %-25s", "-")
                        : String.format("  %+.4f [%+.4f, %+.4f]", d.mean(), d.low(), d.high()));
            }
            out.println(line.append(String.format("  %+8.4f  [%+.4f, %+.4f]", a.meanDelta(), a.pooled().low(),
                    a.pooled().high())));
        }
        panel.skipped().forEach(s -> out.println("note: " + s));
        for (LeaguePanel.League l : panel.leagues()) {
            l.missingSeasons().forEach(s -> out.println("note: " + l.division() + " " + s + " not stored, skipped"));
            l.report().leftOut().forEach(s -> out.println("note: " + l.division() + " " + s));
            out.println("run " + l.division() + ": " + l.runId());
        }
    }

    private static Map<String, Object> panelJson(LeaguePanel panel) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("test_seasons", panel.testSeasons());
        root.put("benchmark", panel.benchmark());
        List<Map<String, Object>> leagues = new ArrayList<>();
        for (LeaguePanel.League l : panel.leagues()) {
            Map<String, Object> league = new LinkedHashMap<>();
            league.put("division", l.division());
            league.put("matches", l.report().matches().size());
            league.put("missing_seasons", l.missingSeasons());
            league.put("left_out", l.report().leftOut());
            league.put("run_id", l.runId());
            Map<String, Object> models = new LinkedHashMap<>();
            for (ModelResult m : l.report().models()) {
                var d = m.deltaRpsVsMarket();
                models.put(m.name(), Map.of("rps", m.evaluation().rps(), "delta_rps", d.mean(), "low", d.low(), "high", d.high()));
            }
            league.put("models", models);
            leagues.add(league);
        }
        root.put("leagues", leagues);
        Map<String, Object> across = new LinkedHashMap<>();
        panel.across().forEach((name, a) -> across.put(name, Map.of("leagues", a.leagues(), "mean_delta_rps", a.meanDelta(),
                "pooled_low", a.pooled().low(), "pooled_high", a.pooled().high(), "uses_prices", a.usesPrices())));
        root.put("across", across);
        root.put("skipped", panel.skipped());
        return root;
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
        int width = Math.max(17, report.models().stream().mapToInt(m -> m.name().length()).max().orElse(5));
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
        report.leftOut().forEach(note -> out.println("note: " + note));
        if (report.totals() != null) {
            Totals t = report.totals();
            out.printf("Over/under 2.5 goals, %d matches, against the %s prices:%n", t.matches(), t.prices());
            out.printf(name + " %8s %7s %7s %11s  %-20s%n", "model", "logloss", "Brier", "ECE", "Δlogloss", "95% CI");
            out.printf(name + " %8.4f %7.4f %7.4f %11s%n", "over/under market", t.market().logLoss(), t.market().brier(),
                    t.market().ece(), "");
            t.models().forEach((model, sc) -> out.printf(name + " %8.4f %7.4f %7.4f %+11.4f  [%+.4f, %+.4f]%n", model,
                    sc.logLoss(), sc.brier(), sc.ece(), sc.deltaLogLoss().mean(), sc.deltaLogLoss().low(),
                    sc.deltaLogLoss().high()));
        }
    }

    /** The forecasts of every report to {@code file}, league after league: Parquet by its extension, else CSV. */
    private static void writeForecasts(Path file, List<BacktestReport> reports, PrintWriter out) {
        if (file == null) {
            return;
        }
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")) {
            StringBuilder csv = new StringBuilder();
            for (BacktestReport report : reports) {
                String one = forecastsCsv(report);
                csv.append(csv.length() == 0 ? one : one.substring(one.indexOf('\n') + 1));
            }
            write(file, csv.toString(), out);
            return;
        }
        List<io.matchday.evaluation.BacktestForecasts.Row> rows = new ArrayList<>();
        reports.forEach(r -> rows.addAll(io.matchday.evaluation.BacktestForecasts.rows(r)));
        writeTable(file, io.matchday.evaluation.BacktestForecasts.TABLE, rows, "forecasts", out);
    }

    private static <T> void writeTable(Path file, io.matchday.tabular.ParquetTable<T> table, List<T> rows, String what,
                                       PrintWriter out) {
        if (file != null) {
            out.println("wrote " + file + " (" + ParquetFiles.write(file, table, rows) + " " + what + ", Parquet)");
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
}
