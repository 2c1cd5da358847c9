package io.matchday.cli;

import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.ModelResult;
import io.matchday.models.ModelZoo;
import io.matchday.models.Trainer;
import io.matchday.registry.TrackedBacktest;
import io.matchday.web.Reports;
import io.matchday.web.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
        try (Workspace workspace = openWorkspace(); ProgressBar bar = progressBar()) {
            List<Match> history = workspace.matches.matches(division.value(), SeasonRange.ALL);
            TrackedBacktest.Result result = new TrackedBacktest(workspace.runs, new Reports(Templates.precompiled())::backtest).run(new TrackedBacktest.Request(division.code, history, trainers, seasons, rollingDays, threads),
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
            write(forecasts, forecastsCsv(result.report()), out);
        }
        return 0;
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
}
