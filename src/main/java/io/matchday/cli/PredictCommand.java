package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.data.Odds;
import io.matchday.data.OutcomePrices;
import io.matchday.data.SeasonRange;
import io.matchday.data.Team;
import io.matchday.data.TeamNames;
import io.matchday.models.Forecast;
import io.matchday.models.Model;
import io.matchday.models.ModelZoo;
import io.matchday.models.ScoreGrid;
import io.matchday.models.TrainingData;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Forecast one fixture with a model trained on every stored match before its date.")
final class PredictCommand extends StoreCommand implements Callable<Integer> {

    @Option(names = "--home", required = true, description = "Home team (any known spelling).")
    String home;

    @Option(names = "--away", required = true, description = "Away team (any known spelling).")
    String away;

    @Option(names = "--date", description = "Match date (yyyy-mm-dd). Default: today.")
    LocalDate date;

    @Mixin
    DivisionOption division;

    @Option(names = {"-m", "--model"}, defaultValue = "dixon-coles", description = "Model. Default: ${DEFAULT-VALUE}")
    String model;

    @Option(names = "--champion", arity = "0..1", fallbackValue = "", paramLabel = "NAME",
            description = "Use the registered champion of NAME (default <division>-outcome) instead of training --model.")
    String champion;

    @Option(names = "--odds", split = ",", paramLabel = "H,D,A", description = "Decimal prices home,draw,away (for price-based models).")
    List<Double> odds;

    @Option(names = "--explain", description = "Also show why: the division's average fixture and the factors that add up to the forecast.")
    boolean explain;

    @Option(names = "--interval", paramLabel = "LEVEL",
            description = "Also show the central band of each probability at LEVEL (e.g. 0.9) under the model's parameter uncertainty.")
    Double interval;

    @Override
    public Integer call() {
        if (interval != null) {
            io.matchday.models.ForecastBands.checkLevel(interval);
        }
        Division div = division.value();
        Odds prices = Odds.NONE;
        if (odds != null) {
            if (odds.size() != 3) {
                throw new MatchdayException("--odds needs three prices: home,draw,away");
            }
            OutcomePrices p = new OutcomePrices(odds.get(0), odds.get(1), odds.get(2));
            prices = Odds.quotedNow(p);
        }
        LocalDate day = date == null ? LocalDate.now() : date;
        List<Match> history;
        TeamNames names;
        try (Matchday matchday = open()) {
            history = matchday.matches().matches(div, SeasonRange.ALL);
            names = matchday.teamNames();
        }
        Team homeTeam = known(names, names.canonical(home), history, div);
        Team awayTeam = known(names, names.canonical(away), history, div);
        Fixture fixture = new Fixture(div, day, homeTeam, awayTeam, prices);
        Model trained;
        if (champion != null) {
            String name = champion.isEmpty() ? div.code().toLowerCase(java.util.Locale.ROOT) + "-outcome" : champion;
            try (Matchday matchday = open()) {
                var version = matchday.registry().champion(name).orElseThrow(() -> new MatchdayException(
                        "model " + name + " has no champion: run 'matchday train' first"));
                trained = matchday.registry().load(version);
                out().printf("%s champion: version %d%n", name, version.version());
            }
        } else {
            trained = ModelZoo.trainer(model).train(TrainingData.before(history, day));
        }
        io.matchday.models.Forecast forecast;
        try {
            forecast = trained.forecast(fixture);
        } catch (io.matchday.models.MissingPricesException e) {
            throw new MatchdayException(e.getMessage() + " (give the prices with --odds H,D,A)");
        }
        print(trained, forecast, out());
        if (interval != null) {
            var band = new io.matchday.models.ForecastBands(trained).band(fixture, interval);
            if (band.isPresent()) {
                var b = band.get();
                out().printf("  %.0f %% band: home %.3f–%.3f   draw %.3f–%.3f   away %.3f–%.3f%s%n", 100 * b.level(),
                        b.home()[0], b.home()[1], b.draw()[0], b.draw()[1], b.away()[0], b.away()[1],
                        b.over() == null ? "" : String.format(java.util.Locale.ROOT, "   over 2.5 %.3f–%.3f", b.over()[0], b.over()[1]));
            } else {
                out().printf("  no band: %s carries no parameter uncertainty%n", trained.name());
            }
        }
        if (explain) {
            trained.explain(fixture).ifPresentOrElse(e -> printExplanation(e, out()),
                    () -> out().printf("  no explanation: %s cannot say%n", trained.name()));
        }
        return 0;
    }

    private static void printExplanation(io.matchday.models.Explanation e, PrintWriter out) {
        out.printf("  %-28s %7s %7s %7s%n", "why", "home", "draw", "away");
        out.printf("  %-28s %7.3f %7.3f %7.3f%n", "average fixture", e.baseline().home(), e.baseline().draw(), e.baseline().away());
        for (var f : e.factors()) {
            out.printf("  %-28s %+7.3f %+7.3f %+7.3f%n", f.name(), f.home(), f.draw(), f.away());
        }
        var t = e.total();
        out.printf("  %-28s %7.3f %7.3f %7.3f%n", "= forecast", t.home(), t.draw(), t.away());
    }

    /** A team that never played in this division is a typo more often than not: say so, with suggestions. */
    static Team known(TeamNames names, Team team, List<Match> history, Division division) {
        List<Team> teams = history.stream().flatMap(m -> java.util.stream.Stream.of(m.home(), m.away())).distinct().toList();
        if (teams.isEmpty()) {
            throw new MatchdayException("no stored matches in " + division + ": run 'matchday ingest' first");
        }
        if (teams.contains(team)) {
            return team;
        }
        List<String> closest = names.closest(team.name(), teams, 3).stream().map(Team::name).toList();
        throw new MatchdayException("unknown team '" + team + "' in " + division + "; did you mean " + String.join(", ", closest) + "?");
    }

    private static void print(Model model, Forecast f, PrintWriter out) {
        var p = model.provenance();
        out.printf("%s, %s — %s (trained on %d matches, %s to %s)%n", f.fixture(), f.fixture().date().getDayOfWeek(),
                model.name(), p.matches(), p.firstMatch(), p.lastMatch());
        out.printf("  home %.3f   draw %.3f   away %.3f%n", f.home(), f.draw(), f.away());
        if (f.expectedHomeGoals() != null) {
            ScoreGrid grid = f.scoreGrid().orElseThrow();
            int[] score = grid.mostLikelyScore();
            out.printf("  expected goals %.2f - %.2f; most likely score %d-%d (%.1f %%); over 2.5 %.3f; both teams score %.3f%n",
                    f.expectedHomeGoals(), f.expectedAwayGoals(), score[0], score[1],
                    100 * grid.probability(score[0], score[1]), grid.over(2.5), grid.bothTeamsScore());
        }
    }
}
