package io.matchday.cli;

import io.matchday.MatchdayException;
import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.simulation.Projection;
import io.matchday.simulation.ProjectionScore;
import io.matchday.simulation.Projections;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "project", mixinStandardHelpOptions = true,
        description = {"Project a season to its final table: the table at the end of --as-of, the champion's trainer (or "
            + "--model) fitted on the matches played by then, the remaining fixtures simulated from its score grids with "
            + "its parameters drawn afresh for each simulation. Title, top four, relegation, expected points and every "
            + "position's probability.",
            "With --evaluate: each finished season of --seasons projected after --at-matchday, scored against its final "
            + "table beside a points-per-game baseline."})
final class ProjectCommand extends StoreCommand.OfDivision implements Callable<Integer> {

    @Option(names = {"-s", "--season"}, paramLabel = "SEASON", description = "Season to project, e.g. 2023-24. Default: the latest stored.")
    String season;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The table as it stood at the end of this day (yyyy-mm-dd). Default: the latest stored match's day.")
    LocalDate asOf;

    @Option(names = {"-m", "--model"}, paramLabel = "MODEL", description = "Model kind. Default: the division's champion's trainer, or "
            + Projections.FALLBACK_MODEL + " without one.")
    String model;

    @Option(names = "--simulations", defaultValue = "" + Projections.DEFAULT_SIMULATIONS, description = "Simulations. Default: ${DEFAULT-VALUE}")
    int simulations;

    @Option(names = "--evaluate", description = "Score projections of finished seasons against their final tables.")
    boolean evaluate;

    @Option(names = "--seasons", paramLabel = "FROM..TO", description = "With --evaluate: the seasons, e.g. 2010-11..2023-24.")
    String seasons;

    @Option(names = "--at-matchday", defaultValue = "19", description = "With --evaluate: project after this matchday. Default: ${DEFAULT-VALUE}")
    int atMatchday;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the projection (or the evaluation) as JSON.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the projection as a self-contained HTML page with its heat map.")
    Path html;

    @Option(names = "--parquet", paramLabel = "FILE",
            description = "Write the projection as Parquet: one row per side, p_1..p_N the chance of each final place.")
    Path parquet;

    @Override
    public Integer call() throws IOException {
        if (simulations < 1 || simulations > 1_000_000) {
            throw new MatchdayException("--simulations must be between 1 and 1,000,000, not " + simulations);
        }
        Division div = division.value();
        try (Matchday matchday = open()) {
            return evaluate ? evaluate(matchday, div) : project(matchday, div);
        }
    }

    private int project(Matchday matchday, Division div) throws IOException {
        Optional<String> chosen = Optional.ofNullable(model);
        Projection p;
        if (season == null && asOf == null) {
            p = matchday.projections().projectCurrent(div, chosen, simulations);
        } else {
            LocalDate day = asOf;
            Season s = season != null ? Season.parse(season) : Season.containing(asOf);
            if (day == null) {
                throw new MatchdayException("--season needs --as-of: the day whose table to start from");
            }
            p = matchday.projections().project(div, s, day, chosen, simulations);
        }
        print(p, out());
        if (json != null) {
            Files.writeString(json, Json.write(p) + "\n");
            out().println("json: " + json);
        }
        if (html != null) {
            Files.writeString(html, matchday.reports().projection(p));
            out().println("html: " + html);
        }
        if (parquet != null) {
            ParquetFiles.write(parquet, p.table(matchday.clock().instant()), p.teams());
            out().println("parquet: " + parquet);
        }
        return 0;
    }

    static void print(Projection p, PrintWriter out) {
        out.printf(Locale.ROOT, "%s %s as of %s — %s, %,d simulations of %d remaining fixtures%n", p.division(), p.season(),
                p.asOf(), p.model(), p.simulations(), p.remaining());
        out.printf(Locale.ROOT, "%3s  %-22s %3s %4s %5s %7s %7s %7s %7s%n", "#", "team", "P", "Pts", "GD", "xPts", "title",
                "top 4", "down");
        int i = 1;
        for (Projection.TeamProjection t : p.teams()) {
            out.printf(Locale.ROOT, "%3d  %-22s %3d %4d %+5d %7.1f %6.1f%% %6.1f%% %6.1f%%%n", i++, t.team(), t.played(),
                    t.pointsNow(), t.goalDifferenceNow(), t.expectedPoints(), 100 * t.pTitle(), 100 * t.pTop4(),
                    100 * t.pRelegation());
        }
    }

    private int evaluate(Matchday matchday, Division div) throws IOException {
        if (seasons == null) {
            throw new MatchdayException("--evaluate needs --seasons, e.g. --seasons 2010-11..2023-24");
        }
        if (parquet != null || html != null) {
            throw new MatchdayException("--evaluate writes its scores with --json; --parquet and --html write a projection");
        }
        SeasonRange range = SeasonRange.parse(seasons);
        long count = matchday.matches().matches(div, range).stream().map(m -> m.season()).distinct().count();
        ProjectionScore score;
        try (ProgressBar bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("project " + div)
                .setInitialMax(count).setStyle(ProgressBarStyle.ASCII).setUnit(" seasons", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            score = matchday.projections().evaluate(div, range, atMatchday, Optional.ofNullable(model), simulations, done -> {
                if (bar != null) {
                    bar.stepTo(done);
                }
            });
        }
        PrintWriter out = out();
        out.printf(Locale.ROOT, "%s, %s, after matchday %d: %d seasons scored%s%n", div, score.model(), score.atMatchday(),
                score.seasonsScored().size(), score.skipped().isEmpty() ? "" : " (" + String.join("; ", score.skipped()) + " skipped)");
        out.printf(Locale.ROOT, "%-11s %12s %12s %12s %12s%n", "event", "Brier model", "baseline", "log loss", "baseline");
        score.events().forEach((name, e) -> out.printf(Locale.ROOT, "%-11s %12.4f %12.4f %12.4f %12.4f%n", name,
                e.brierModel(), e.brierBaseline(), e.logLossModel(), e.logLossBaseline()));
        out.printf(Locale.ROOT, "%-11s %12.2f %12.2f%n", "points RMSE", score.pointsRmse().model(), score.pointsRmse().baseline());
        if (json != null) {
            Files.writeString(json, Json.write(score) + "\n");
            out.println("json: " + json);
        }
        return 0;
    }
}
