package io.matchday.cli;

import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.simulation.SeasonSimulation;
import io.matchday.simulation.SimulationConfig;
import io.matchday.app.Matchday;
import io.matchday.simulation.SimulationReport;
import io.matchday.simulation.Staking;
import io.matchday.simulation.Strategy;
import io.matchday.simulation.WeekResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Replay seasons week by week with a simulated clock: train on everything before each week (as the "
            + "walk-forward backtest does), forecast, reveal the results, score against the closing market, bet and settle.",
            "Deterministic for a seed: the same command gives byte-identical JSON."})
final class SimulateCommand extends StoreCommand.OfDivision implements Callable<Integer> {

    @Option(names = {"-s", "--seasons"}, required = true, paramLabel = "SEASON", description = "First (or only) season, e.g. 2023-24.")
    String seasons;

    @Option(names = "--to", paramLabel = "SEASON", description = "Last season of a run of seasons, e.g. 2024-25.")
    String to;

    @Option(names = {"-m", "--model"}, defaultValue = SimulationConfig.DEFAULT_MODEL, description = "Model kind. Default: ${DEFAULT-VALUE}")
    String model;

    @Option(names = "--retrain", defaultValue = SimulationConfig.DEFAULT_RETRAIN, description = "never, weekly or on-trigger. Default: ${DEFAULT-VALUE}")
    String retrain;

    @Option(names = "--strategy", defaultValue = SimulationConfig.DEFAULT_STRATEGY, description = "none, value, favourite or random. Default: ${DEFAULT-VALUE}")
    String strategy;

    @Option(names = "--stake", defaultValue = SimulationConfig.DEFAULT_STAKE, description = "flat:UNITS or kelly:FRACTION[:CAP]. Default: ${DEFAULT-VALUE}")
    String stake;

    @Option(names = "--value-threshold", defaultValue = "" + SimulationConfig.DEFAULT_VALUE_THRESHOLD, description = "Least expected value for a value bet. Default: ${DEFAULT-VALUE}")
    double threshold;

    @Option(names = "--bankroll", defaultValue = "" + SimulationConfig.DEFAULT_BANKROLL, description = "Starting bankroll. Default: ${DEFAULT-VALUE}")
    double bankroll;

    @Option(names = "--margin", defaultValue = "" + SimulationConfig.DEFAULT_MARGIN, description = "Margin of generated prices (matches without real ones). Default: ${DEFAULT-VALUE}")
    double margin;

    @Option(names = "--noise", defaultValue = "" + SimulationConfig.DEFAULT_NOISE, description = "Log-odds noise of generated prices. Default: ${DEFAULT-VALUE}")
    double noise;

    @Option(names = "--seed", defaultValue = "" + SimulationConfig.DEFAULT_SEED, description = "Seed of every random choice. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--challenger", paramLabel = "MODEL",
            description = "A model kind that shadows the replayed champion and is judged as a live challenger is (the "
                    + "anytime-valid comparison of paired RPS): when, if ever, it would have been promoted.")
    String challenger;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the replay as JSON.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the self-contained HTML report.")
    Path html;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        Division div = division.value();
        Season first = Season.parse(seasons);
        SeasonRange range = SeasonRange.of(first, to == null ? first : Season.parse(to));
        SimulationConfig config = new SimulationConfig(div, range, model, SimulationConfig.Retrain.parse(retrain),
                Strategy.parse(strategy), Staking.parse(stake), threshold, bankroll, margin, noise, seed, challenger);
        try (Matchday matchday = open()) {
            return replay(matchday, config, out);
        }
    }

    private int replay(Matchday matchday, SimulationConfig config, PrintWriter out) throws IOException {
        List<Match> history = matchday.matches().matches(config.division(), SeasonRange.ALL);
        long weeks = SeasonSimulation.weeks(history, config.seasons());
        long start = System.nanoTime();
        SimulationReport report;
        try (ProgressBar bar = System.console() == null ? null : new ProgressBarBuilder()
                .setTaskName("simulate " + config.seasons()).setInitialMax(weeks).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" weeks", 1).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            report = matchday.simulation().run(history, config, week -> {
                out.println(line(week));
                out.flush();
                if (bar != null) {
                    bar.step();
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var b = report.betting();
        out.printf(Locale.ROOT, "%d weeks, %d matches in %.1f s: RPS %.4f (market %s), %d retrains; %d bets, ROI %+.2f %% "
                        + "(95 %% CI %+.2f to %+.2f), yield %+.2f %%, max drawdown %.1f %%%n", report.weeks().size(), report.matches(),
                seconds, report.rps(), report.marketRps() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", report.marketRps()),
                report.retrains(), b.bets(), 100 * b.roi(), 100 * b.roiLow(), 100 * b.roiHigh(), 100 * b.yield(), 100 * b.maxDrawdown());
        if (report.challenger() != null) {
            var c = report.challenger();
            out.printf(Locale.ROOT, "challenger %s: %s after %d settled pairs, mean RPS difference %s, e-value %.2f%s%n", c.trainer(),
                    c.decision(), c.settled(), c.meanRpsDifference() == null ? "n/a" : String.format(Locale.ROOT, "%+.4f",
                            c.meanRpsDifference()), c.eValue(), c.promoted() ? "; promoted on " + c.promotedOn() : "; never promoted");
        }
        if (json != null) {
            Files.writeString(json, Json.write(report) + "\n");
            out.println("json: " + json);
        }
        if (html != null) {
            Files.writeString(html, matchday.reports().simulation(report));
            out.println("html: " + html);
        }
        return 0;
    }

    private static String line(WeekResult w) {
        return String.format(Locale.ROOT, "%s  %3d matches  RPS %.4f (market %s)  cumulative %.4f  bets %2d  profit %+7.2f  "
                        + "bankroll %8.2f%s", w.weekStart(), w.matches(), w.rps(),
                w.marketRps() == null ? "  n/a " : String.format(Locale.ROOT, "%.4f", w.marketRps()), w.cumulativeRps(), w.bets(),
                w.profit(), w.bankroll(), w.retraining() != null ? "  retraining: " + w.retraining()
                        : w.retrained() ? "  retrained" : "");
    }
}
