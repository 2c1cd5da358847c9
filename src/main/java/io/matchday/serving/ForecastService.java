package io.matchday.serving;

import io.matchday.InvalidField;
import io.matchday.InvalidInputException;
import io.matchday.MatchdayException;
import io.matchday.NotFoundException;
import io.matchday.data.Division;
import io.matchday.data.Fixture;
import io.matchday.data.Odds;
import io.matchday.data.OutcomePrices;
import io.matchday.data.Team;
import io.matchday.models.Forecast;
import io.matchday.models.ScoreGrid;
import io.matchday.Ids;
import io.matchday.ledger.LedgerWriter;
import io.matchday.ledger.ServedPrediction;
import io.matchday.registry.ModelTraining;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns requests into forecasts: checks every field (all problems at once), resolves team names
 * and the model version, forecasts, adds the market's view when prices are given, and hands the
 * forecast to the ledger. Nothing here touches the database. A request that names no model is
 * served by its division's priced champion when it gives prices and there is one, else by the
 * price-free champion; the answer names the model that served it.
 */
public final class ForecastService {

    private final ServedModels models;
    private final TeamDirectory teams;
    private final LedgerWriter ledger;
    private final ShadowScoring shadows;
    private final Clock clock;
    private final String node;

    ForecastService(ServedModels models, TeamDirectory teams, LedgerWriter ledger, ShadowScoring shadows, Clock clock,
                    String node) {
        this.models = models;
        this.teams = teams;
        this.ledger = ledger;
        this.shadows = shadows;
        this.clock = clock;
        this.node = node;
    }

    /** A request checked and resolved: what to forecast, with which model version, and whether that is the champion. */
    private record Prepared(Fixture fixture, OutcomePrices prices, ServedModels.Served served, boolean champion,
                            boolean explain, Double interval) {
    }

    public ForecastAnswer predict(PredictRequest request) {
        Prepared prepared = prepare(request, "");
        Served served = forecast(prepared);
        prepared.served().forecasts().increment();
        ledger.record(served.row());
        shadow(prepared, served.row());
        return served.answer();
    }

    /** The champion's challengers forecast the same fixture, off the request path. */
    private void shadow(Prepared prepared, ServedPrediction row) {
        if (prepared.champion()) {
            shadows.shadow(prepared.served().name(), prepared.fixture(), row);
        }
    }

    /**
     * The same forecast as {@link #predict}, checked the same way, for a person looking at it in the
     * console: it is not a served forecast, so it does not go to the ledger.
     */
    public ForecastAnswer preview(PredictRequest request) {
        return forecast(prepare(request, "")).answer();
    }

    /** Every fixture is checked before any is forecast, so a batch either answers whole or not at all. */
    public List<ForecastAnswer> predictAll(List<PredictRequest> requests) {
        List<Prepared> prepared = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            PredictRequest request = requests.get(i);
            if (request == null) {
                throw InvalidInputException.of("/fixtures/" + i, "must be a fixture object");
            }
            prepared.add(prepare(request, "/fixtures/" + i));
        }
        List<ForecastAnswer> answers = new ArrayList<>(prepared.size());
        List<ServedPrediction> rows = new ArrayList<>(prepared.size());
        for (Prepared p : prepared) {
            Served served = forecast(p);
            p.served().forecasts().increment();
            answers.add(served.answer());
            rows.add(served.row());
        }
        ledger.recordAll(rows);
        for (int i = 0; i < prepared.size(); i++) {
            shadow(prepared.get(i), rows.get(i));
        }
        return answers;
    }

    private Prepared prepare(PredictRequest request, String at) {
        List<InvalidField> problems = new ArrayList<>();
        requireName(request.home(), at + "/home", problems);
        requireName(request.away(), at + "/away", problems);
        Division division = Division.DEFAULT;
        if (request.division() != null) {
            try {
                division = Division.of(request.division());
            } catch (MatchdayException e) {
                problems.add(new InvalidField(at + "/division", e.getMessage()));
            }
        }
        OutcomePrices prices = prices(request.odds(), at + "/odds", problems);
        if (request.version() != null && request.version() < 1) {
            problems.add(new InvalidField(at + "/version", "must be 1 or more"));
        }
        if (request.interval() != null && !(request.interval() > 0 && request.interval() < 1)) {
            problems.add(new InvalidField(at + "/interval", "must be a level strictly between 0 and 1, such as 0.9"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems);
        }
        Division resolved = division;
        Team home = teams.resolve(division, request.home(), at + "/home");
        Team away = teams.resolve(division, request.away(), at + "/away");
        if (home.equals(away)) {
            throw InvalidInputException.of(at + "/away", "same team as home (" + home + ")");
        }
        ServedModels.Served served = request.model() == null && request.version() == null
                ? models.championFor(resolved, prices != null).orElseThrow(() -> noChampion(ModelTraining.defaultModelName(resolved), at))
                : model(request.model() == null ? ModelTraining.defaultModelName(division) : request.model(), request.version(), at);
        if (served.model().usesPrices() && prices == null) {
            throw InvalidInputException.of(at + "/odds", "model " + served.name() + " version " + served.version().version()
                    + " (" + served.version().trainer() + ") forecasts from prices: give odds");
        }
        LocalDate date = request.date() == null ? LocalDate.now(clock) : request.date();
        Odds odds = prices == null ? Odds.NONE : Odds.quotedNow(prices);
        return new Prepared(new Fixture(division, date, home, away, odds), prices, served, request.version() == null,
                request.explained(), request.interval());
    }

    private ServedModels.Served model(String name, Integer version, String at) {
        if (version != null) {
            try {
                return models.version(name, version);
            } catch (MatchdayException e) {
                throw new NotFoundException("unknown-model", "Unknown model version", e.getMessage(),
                        List.of(new InvalidField(at + "/version", e.getMessage())), Map.of());
            }
        }
        return models.champion(name).orElseThrow(() -> noChampion(name, at));
    }

    private NotFoundException noChampion(String name, String at) {
        return new NotFoundException("unknown-model", "No champion", "model " + name + " has no champion on this node; registered: "
                + models.champions().stream().map(ServedModels.Served::name).toList(),
                List.of(new InvalidField(at + "/model", "no champion for '" + name + "'")), Map.of());
    }

    private static void requireName(String name, String pointer, List<InvalidField> problems) {
        if (name == null || name.isBlank()) {
            problems.add(new InvalidField(pointer, "is required"));
        } else if (name.length() > 100) {
            problems.add(new InvalidField(pointer, "is longer than 100 characters"));
        }
    }

    private static OutcomePrices prices(OddsInput odds, String at, List<InvalidField> problems) {
        if (odds == null) {
            return null;
        }
        int before = problems.size();
        requirePrice(odds.home(), at + "/home", problems);
        requirePrice(odds.draw(), at + "/draw", problems);
        requirePrice(odds.away(), at + "/away", problems);
        return problems.size() > before ? null : new OutcomePrices(odds.home(), odds.draw(), odds.away());
    }

    private static void requirePrice(Double price, String pointer, List<InvalidField> problems) {
        if (price == null) {
            problems.add(new InvalidField(pointer, "is required"));
        } else if (!(price > 1.0) || price.isInfinite()) {
            problems.add(new InvalidField(pointer, "must be a decimal price above 1.0, got " + price));
        }
    }

    /** A forecast as answered and as ledgered. */
    private record Served(ForecastAnswer answer, ServedPrediction row) {
    }

    private Served forecast(Prepared p) {
        Forecast f = p.served().forecast(p.fixture());
        double[] probabilities = f.probabilities();
        ForecastAnswer.Goals goals = f.expectedHomeGoals() == null ? null
                : new ForecastAnswer.Goals(f.expectedHomeGoals(), f.expectedAwayGoals());
        ForecastAnswer.Score score = f.scoreGrid().map(ForecastService::mostLikely).orElse(null);
        var version = p.served().version();
        ForecastAnswer.ModelRef model = new ForecastAnswer.ModelRef(version.model(), version.version(), version.trainer(),
                p.served().model().provenance().lastMatch());
        Fixture fixture = p.fixture();
        java.time.Instant at = clock.instant();
        String id = Ids.next(at);
        ForecastAnswer answer = new ForecastAnswer(id,
                new ForecastAnswer.FixtureView(fixture.division().code(), fixture.date(), fixture.home().name(), fixture.away().name()),
                ForecastAnswer.Outcomes.of(probabilities), predicted(probabilities), goals, score, model,
                p.prices() == null ? null : market(probabilities, p.prices()), null, null);
        if (p.explain() || p.interval() != null) {
            answer = answer.withExtras(p.explain() ? explanation(p) : null,
                    p.interval() == null ? null : p.served().band(fixture, p.interval()).map(ForecastAnswer.Band::of).orElse(null));
        }
        return new Served(answer, ServedPrediction.of(id, at, node, version.model(), version.version(), f,
                java.util.Optional.ofNullable(p.prices())));
    }

    private static ForecastAnswer.Explained explanation(Prepared p) {
        return p.served().model().explain(p.fixture()).map(ForecastAnswer.Explained::of).orElse(null);
    }

    private static ForecastAnswer.Score mostLikely(ScoreGrid grid) {
        int[] s = grid.mostLikelyScore();
        return new ForecastAnswer.Score(s[0], s[1], grid.probability(s[0], s[1]));
    }

    /** The most probable outcome: H, D or A (home first on a tie). */
    static String predicted(double[] p) {
        return p[0] >= p[1] && p[0] >= p[2] ? "H" : p[1] >= p[2] ? "D" : "A";
    }

    private static ForecastAnswer.Market market(double[] model, OutcomePrices prices) {
        MarketView view = MarketView.of(model, prices);
        return new ForecastAnswer.Market(view.method().name(), view.overround(), ForecastAnswer.Outcomes.of(view.market()),
                ForecastAnswer.Outcomes.of(view.edge()), ForecastAnswer.Outcomes.of(view.expectedValue()));
    }

    /** The reference service's month: the 15th of that month's next occurrence (this month means today). */
    public LocalDate dateOfMonth(Integer month) {
        LocalDate today = LocalDate.now(clock);
        if (month == null || month == today.getMonthValue()) {
            return today;
        }
        LocalDate candidate = LocalDate.of(today.getYear(), month, 15);
        return candidate.isAfter(today) ? candidate : candidate.plusYears(1);
    }
}
