package io.matchday.api;

import io.matchday.data.Division;
import io.matchday.data.Fixture;
import io.matchday.data.FixtureRepository;
import io.matchday.data.MatchRepository;
import io.matchday.data.OutcomePrices;
import io.matchday.data.Score;
import io.matchday.data.SeasonSummary;
import io.matchday.data.TeamNames;
import io.matchday.evaluation.ScoringRule;
import io.matchday.models.PointInTime;
import io.matchday.features.MarginRemoval;
import io.matchday.models.Forecast;
import io.matchday.models.ScoreGrid;
import io.matchday.monitoring.LedgerPage;
import io.matchday.monitoring.LedgerQuery;
import io.matchday.monitoring.PredictionLedgerStore;
import io.matchday.monitoring.ServedPrediction;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.ModelVersion;
import io.matchday.registry.RunMetric;
import io.matchday.registry.RunTracker;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What the console reads that lives in the match database, as plain views: divisions and their
 * champions, seasons, quarantine, teams, fixtures and stored match weeks with the champion's
 * forecasts, and the ledger with each forecast's outcome once it is settled. Forecasts made here
 * are views, not served forecasts: they do not go to the ledger.
 */
@Service
public class ConsoleQueries {

    private static final MarginRemoval DE_VIG = MarginRemoval.SHIN;

    public record SeasonRow(String division, String season, int matches, int quarantined, int fieldIssues, int teams,
                            LocalDate firstMatch, LocalDate lastMatch) {
    }

    public record QuarantineRow(String file, String division, String season, int line, String reason, String rawLine) {
    }

    /** An auxiliary value stored as absent while its match was kept. */
    public record IssueRow(String file, String division, String season, int line, String match, String column,
                           String rawValue, String reason) {
    }

    public record TeamRow(String name, List<String> aliases, int matches, String firstSeason, String lastSeason) {
    }

    /** The registered champion of a division's model: what it is, what it saw, how it validated. */
    public record Champion(String model, int version, String trainer, LocalDate trainedFrom, LocalDate trainedThrough,
                           int matches, Instant registeredAt, CatalogViews.Validation validation, String decision) {
    }

    /** A division at a glance: its model and champion (null when none), its data, its freshness. */
    public record DivisionState(String division, String model, Champion champion, int seasons, int matches, LocalDate lastMatch,
                                Instant lastIngest) {
    }

    /**
     * A fixture with the champion's forecast: P(H/D/A), the de-vigged market and edge and expected value where prices
     * exist, expected goals and the most likely score for goal models; the result and the forecast's RPS once settled.
     * {@code inSample}: the champion was trained on this match (a stored week inside its window).
     */
    public record FixtureForecast(String division, LocalDate date, String home, String away, double[] probabilities,
                                  double[] prices, double[] market, double[] edge, double[] expectedValue, Double homeGoals,
                                  Double awayGoals, String likelyScore, String result, String score, Double rps,
                                  boolean inSample) {

        public String predicted() {
            return ForecastService.predicted(probabilities);
        }
    }

    /** One fixture in detail: the forecast, its score grid (home goals × away goals) and the totals it implies. */
    public record FixtureDetail(FixtureForecast forecast, String model, int version, String trainer, double[][] grid,
                                Double over25, Double bothTeamsScore) {
    }

    /** A division's forecasts: who made them, and the fixtures. */
    public record Forecasts(String division, String model, Integer version, String trainer, LocalDate trainedThrough,
                            List<FixtureForecast> fixtures) {
    }

    /** A ledger row with its outcome once the match is stored. */
    public record LedgerRow(ServedPrediction prediction, String result, String score, Double rps) {
    }

    public record Ledger(List<LedgerRow> rows, int page, int size, long total) {
    }

    private final MatchRepository matches;
    private final FixtureRepository fixtures;
    private final TeamDirectory teams;
    private final TeamNames names;
    private final ServedModels served;
    private final RunTracker runs;
    private final PredictionLedgerStore ledger;
    private final PredictionLedger ledgerQueue;
    private final io.matchday.jobs.RetrainingPipeline retraining;
    private final Map<String, CatalogViews.Validation> validations = new ConcurrentHashMap<>();

    ConsoleQueries(MatchRepository matches, FixtureRepository fixtures, TeamDirectory teams, TeamNames names, ServedModels served,
                   RunTracker runs, PredictionLedgerStore ledger, PredictionLedger ledgerQueue,
                   io.matchday.jobs.Operations operations) {
        this.matches = matches;
        this.fixtures = fixtures;
        this.teams = teams;
        this.names = names;
        this.served = served;
        this.runs = runs;
        this.ledger = ledger;
        this.ledgerQueue = ledgerQueue;
        this.retraining = operations.retraining();
    }

    /** A division's retraining as it stands: the run in progress and the last one. */
    public record Retraining(String division, String model, io.matchday.jobs.RetrainingRun running,
                             io.matchday.jobs.RetrainingRun last) {
    }

    public Retraining retraining(String division) {
        String model = ModelTraining.defaultModelName(division(division));
        return new Retraining(division(division).code(), model, retraining.running(model).orElse(null),
                retraining.history(model, 1).stream().findFirst().orElse(null));
    }

    /**
     * Every retraining trigger of the division's model as it stands now. It measures drift and performance
     * since the model's training, so it takes a while (pages load it after the rest).
     */
    public List<io.matchday.jobs.Trigger> triggers(String division) {
        Division d = division(division);
        try {
            return retraining.evaluate(d, ModelTraining.defaultModelName(d));
        } catch (io.matchday.MatchdayException e) {
            return List.of(new io.matchday.jobs.Trigger("unavailable", false, null, null, e.getMessage()));
        }
    }

    /** A division's retraining runs, newest first. */
    public List<io.matchday.jobs.RetrainingRun> retrainingHistory(String division, int limit) {
        return retraining.history(ModelTraining.defaultModelName(division(division)), limit);
    }

    /** Divisions with stored matches, by code. */
    public List<String> divisions() {
        return teams.divisions().stream().map(Division::code).toList();
    }

    /** The registered model a division's forecasts come from, e.g. {@code e0-outcome}. */
    public String modelName(String division) {
        return ModelTraining.defaultModelName(division(division));
    }

    public List<DivisionState> divisionStates() {
        List<SeasonSummary> seasons = matches.seasons();
        Map<Division, Instant> ingested = matches.lastIngested();
        List<DivisionState> states = new ArrayList<>();
        for (Division d : teams.divisions()) {
            List<SeasonSummary> of = seasons.stream().filter(s -> s.division().equals(d) && s.matches() > 0).toList();
            LocalDate last = of.stream().map(SeasonSummary::lastMatch).max(LocalDate::compareTo).orElse(null);
            String model = ModelTraining.defaultModelName(d);
            states.add(new DivisionState(d.code(), model, champion(model).orElse(null), of.size(),
                    of.stream().mapToInt(SeasonSummary::matches).sum(), last, ingested.get(d)));
        }
        return states;
    }

    /** The champion a node serves for {@code model}, with its validation numbers. */
    public Optional<Champion> champion(String model) {
        return served.champion(model).map(s -> {
            ModelVersion v = s.version();
            var p = s.model().provenance();
            return new Champion(v.model(), v.version(), v.trainer(), p.firstMatch(), p.lastMatch(), p.matches(), v.createdAt(),
                    validation(v.runId()), v.decision());
        });
    }

    /** The validation numbers a gated training left on its run (cached: a run's metrics never change). */
    public CatalogViews.Validation validation(String runId) {
        return validations.computeIfAbsent(runId, id -> {
            Map<String, Double> m = runs.metrics(id).stream().filter(x -> x.step() == RunMetric.FINAL)
                    .collect(Collectors.toMap(RunMetric::name, RunMetric::value, (a, b) -> b));
            Double n = m.get("validation.matches");
            return new CatalogViews.Validation(m.get("validation.rps"), m.get("validation.market_rps"),
                    m.get("validation.delta_rps_vs_market"), m.get("validation.delta_rps_vs_market.low"),
                    m.get("validation.delta_rps_vs_market.high"), n == null ? null : n.intValue());
        });
    }

    /** The service's health: UP, DEGRADED (database unreachable, ledger spooling) or DOWN (nothing to serve). */
    public CatalogViews.Health health() {
        List<CatalogViews.ServedModel> models = served.champions().stream()
                .map(s -> new CatalogViews.ServedModel(s.name(), s.version().version(), s.version().trainer())).toList();
        boolean database = served.databaseReachable() && !ledgerQueue.databaseFailing();
        String status = models.isEmpty() ? "DOWN" : database ? "UP" : "DEGRADED";
        return new CatalogViews.Health(status, models,
                new CatalogViews.Component(database ? "UP" : "DOWN", served.lastContact().orElse(null), served.lastError().orElse(null)),
                new CatalogViews.LedgerState(ledgerQueue.queued(), ledgerQueue.spooled()));
    }

    public List<SeasonRow> seasons() {
        return matches.seasons().stream().map(s -> new SeasonRow(s.division().code(), s.season().label(), s.matches(),
                s.quarantined(), s.fieldIssues(), s.teams(), s.firstMatch(), s.lastMatch())).toList();
    }

    public List<IssueRow> dataIssues(Optional<String> division) {
        return matches.dataIssues(division.map(this::division)).stream().map(i -> new IssueRow(i.sourceUrl(),
                i.division().code(), i.season().label(), i.line(), i.date() + " " + i.home() + " v " + i.away(), i.column(),
                i.rawValue(), i.reason())).toList();
    }

    public List<QuarantineRow> quarantine(Optional<String> division) {
        return matches.quarantine(division.map(this::division)).stream().map(q -> new QuarantineRow(q.sourceUrl(),
                q.division().code(), q.season().label(), q.line(), q.reason(), q.rawLine())).toList();
    }

    public List<TeamRow> teams(String division) {
        return teams.teams(division(division)).stream().map(t -> new TeamRow(t.team().name(), names.aliases(t.team()),
                t.matches(), t.firstSeason().label(), t.lastSeason().label())).toList();
    }

    /** The canonical names of a division's teams (any of their spellings is accepted where a name is asked for). */
    public List<String> teamNames(String division) {
        return teams(division).stream().map(TeamRow::name).toList();
    }

    /** Fixtures of the division whose result is not stored, forecast by its champion. */
    public Forecasts upcoming(String division) {
        Division d = division(division);
        List<Fixture> list = fixtures.unsettled().stream().filter(f -> f.division().equals(d)).toList();
        return forecasts(d, list.stream().map(f -> new Item(f, null)).toList());
    }

    /** The stored matches of the week (Monday to Sunday) holding {@code day}, forecast point in time by the champion. */
    public Forecasts week(String division, LocalDate day) {
        Division d = division(division);
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return forecasts(d, matches.matches(d, monday, monday.plusDays(6)).stream()
                .map(m -> new Item(PointInTime.beforeKickOff(m), m.fullTime())).toList());
    }

    /** The Mondays of the division's stored weeks, latest first. */
    public List<LocalDate> weeks(String division) {
        return matches.matchDates(division(division)).stream()
                .map(day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))).distinct().toList();
    }

    /** One fixture (stored or upcoming) in detail; 404 when the division has neither such a match nor such a fixture. */
    public FixtureDetail detail(String division, LocalDate date, String home, String away) {
        Division d = division(division);
        ServedModels.Served champion = championOf(d);
        Optional<Item> item = matches.matches(d, date, date).stream()
                .filter(m -> m.home().name().equals(home) && m.away().name().equals(away))
                .map(m -> new Item(PointInTime.beforeKickOff(m), m.fullTime())).findFirst()
                .or(() -> fixtures.unsettled().stream().filter(f -> f.division().equals(d) && f.date().equals(date)
                        && f.home().name().equals(home) && f.away().name().equals(away)).map(f -> new Item(f, null)).findFirst());
        Item found = item.orElseThrow(() -> ApiProblem.notFound("unknown-fixture", "Unknown fixture",
                "no match or fixture " + home + " v " + away + " on " + date + " in " + d));
        Forecast f = champion.model().forecast(found.fixture());
        FixtureForecast view = view(found, f, champion);
        Optional<ScoreGrid> grid = f.scoreGrid();
        return new FixtureDetail(view, champion.name(), champion.version().version(), champion.version().trainer(),
                grid.map(g -> g.probabilities()).orElse(null), grid.map(g -> g.over(2.5)).orElse(null),
                grid.map(ScoreGrid::bothTeamsScore).orElse(null));
    }

    /** Served forecasts, newest first, with the result and RPS of those whose match is stored. */
    public Ledger ledger(LedgerQuery query) {
        // Any spelling of a team finds its forecasts: the ledger stores canonical names.
        LedgerQuery canonical = new LedgerQuery(query.from(), query.to(), query.team().map(t -> names.canonical(t).name()),
                query.model(), query.page(), query.size());
        LedgerPage page = ledger.find(canonical);
        Map<String, List<ServedPrediction>> byDivision = page.predictions().stream()
                .collect(Collectors.groupingBy(ServedPrediction::division));
        Map<String, Score> scores = new HashMap<>();
        byDivision.forEach((division, rows) -> {
            LocalDate from = rows.stream().map(ServedPrediction::matchDate).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = rows.stream().map(ServedPrediction::matchDate).max(LocalDate::compareTo).orElseThrow();
            matches.scores(Division.of(division), from, to).forEach((k, v) -> scores.put(division + "|" + k, v));
        });
        List<LedgerRow> rows = page.predictions().stream().map(p -> {
            Score s = scores.get(p.division() + "|" + p.matchDate() + "|" + p.homeTeam() + "|" + p.awayTeam());
            if (s == null) {
                return new LedgerRow(p, null, null, null);
            }
            double rps = ScoringRule.RPS.score(new double[]{p.home(), p.draw(), p.away()}, s.outcome());
            return new LedgerRow(p, String.valueOf(s.outcome().code()), s.home() + "–" + s.away(), rps);
        }).toList();
        return new Ledger(rows, page.page(), page.size(), page.total());
    }

    /** A fixture to forecast and, for a stored match, its result. */
    private record Item(Fixture fixture, Score result) {
    }

    private Forecasts forecasts(Division d, List<Item> items) {
        Optional<ServedModels.Served> champion = served.champion(ModelTraining.defaultModelName(d));
        if (champion.isEmpty()) {
            return new Forecasts(d.code(), ModelTraining.defaultModelName(d), null, null, null, items.stream()
                    .map(i -> new FixtureForecast(d.code(), i.fixture().date(), i.fixture().home().name(), i.fixture().away().name(),
                            null, prices(i.fixture()), null, null, null, null, null, null, result(i), score(i), null, false))
                    .toList());
        }
        ServedModels.Served s = champion.get();
        List<FixtureForecast> list = new ArrayList<>();
        for (Item i : items) {
            Forecast f;
            try {
                f = s.model().forecast(i.fixture());
            } catch (io.matchday.MatchdayException unforecastable) {
                // e.g. a price model and a fixture without prices: shown without a forecast.
                list.add(new FixtureForecast(d.code(), i.fixture().date(), i.fixture().home().name(), i.fixture().away().name(),
                        null, prices(i.fixture()), null, null, null, null, null, null, result(i), score(i), null, false));
                continue;
            }
            list.add(view(i, f, s));
        }
        return new Forecasts(d.code(), s.name(), s.version().version(), s.version().trainer(), s.model().provenance().lastMatch(),
                list);
    }

    private static FixtureForecast view(Item i, Forecast f, ServedModels.Served s) {
        double[] p = f.probabilities();
        double[] price = prices(i.fixture());
        double[] market = null;
        double[] edge = null;
        double[] ev = null;
        if (price != null) {
            market = DE_VIG.probabilities(new OutcomePrices(price[0], price[1], price[2]));
            edge = new double[3];
            ev = new double[3];
            for (int k = 0; k < 3; k++) {
                edge[k] = p[k] - market[k];
                ev[k] = p[k] * price[k] - 1;
            }
        }
        String likely = f.scoreGrid().map(g -> {
            int[] m = g.mostLikelyScore();
            return m[0] + "–" + m[1];
        }).orElse(null);
        Double rps = i.result() == null ? null : ScoringRule.RPS.score(p, i.result().outcome());
        LocalDate through = s.model().provenance().lastMatch();
        boolean inSample = i.result() != null && through != null && !i.fixture().date().isAfter(through);
        return new FixtureForecast(i.fixture().division().code(), i.fixture().date(), i.fixture().home().name(),
                i.fixture().away().name(), p, price, market, edge, ev, f.expectedHomeGoals(), f.expectedAwayGoals(), likely,
                result(i), score(i), rps, inSample);
    }

    private static double[] prices(Fixture fixture) {
        return fixture.odds().averageOpening().map(o -> new double[]{o.home(), o.draw(), o.away()}).orElse(null);
    }

    private static String result(Item i) {
        return i.result() == null ? null : String.valueOf(i.result().outcome().code());
    }

    private static String score(Item i) {
        return i.result() == null ? null : i.result().home() + "–" + i.result().away();
    }

    private ServedModels.Served championOf(Division d) {
        String name = ModelTraining.defaultModelName(d);
        return served.champion(name).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "no-champion", "No champion",
                "no champion for " + name + " yet: run 'matchday train -d " + d + "'", List.of(), Map.of()));
    }

    private Division division(String code) {
        return RequestParameters.division("division", code);
    }
}
