package io.matchday.serving;

import io.matchday.MatchdayException;
import io.matchday.NotFoundException;
import io.matchday.data.Division;
import io.matchday.data.Fixture;
import io.matchday.data.FixtureRepository;
import io.matchday.data.MatchRepository;
import io.matchday.data.OutcomePrices;
import io.matchday.data.Score;
import io.matchday.evaluation.ScoringRule;
import io.matchday.models.Forecast;
import io.matchday.models.PointInTime;
import io.matchday.models.ScoreGrid;
import io.matchday.registry.ModelTraining;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fixtures with the division champion's forecasts, for people to look at: the upcoming fixtures, any stored match
 * week (forecast point in time), and one fixture in detail with its score grid. These are views, not served
 * forecasts: they do not go to the ledger.
 */
public final class FixtureForecasts {

    /**
     * A fixture with the champion's forecast: P(H/D/A), the de-vigged market and edge and expected value where prices
     * exist, expected goals and the most likely score for goal models; the result and the forecast's RPS once settled.
     * {@code inSample}: the champion was trained on this match (a stored week inside its window); {@code trainer}: the
     * kind of model that made the forecast (the priced champion's where the fixture has prices), null without one.
     */
    public record FixtureForecast(String division, LocalDate date, String home, String away, double[] probabilities,
                                  double[] prices, double[] market, double[] edge, double[] expectedValue, Double homeGoals,
                                  Double awayGoals, String likelyScore, String result, String score, Double rps,
                                  boolean inSample, String trainer, ForecastAnswer.Band band) {

        public String predicted() {
            return ForecastService.predicted(probabilities);
        }
    }

    /** One fixture in detail: the forecast, its score grid (home goals × away goals) and the totals it implies. */
    public record FixtureDetail(FixtureForecast forecast, String model, int version, String trainer, double[][] grid,
                                Double over25, Double bothTeamsScore, ForecastAnswer.Explained explanation,
                                ForecastAnswer.Band band, String noForecast) {
    }

    /** The level of the bands the console shows. */
    public static final double BAND_LEVEL = 0.9;

    /**
     * A division's forecasts: who made them (no version when the division has no champion; the priced champion, when
     * there is one, forecasts the fixtures that have prices), and the fixtures.
     */
    public record Forecasts(String division, String model, Integer version, String trainer, LocalDate trainedThrough,
                            String pricedModel, Integer pricedVersion, String pricedTrainer, List<FixtureForecast> fixtures) {
    }

    /** A fixture to forecast and, for a stored match, its result. */
    private record Item(Fixture fixture, Score result) {
    }

    private final MatchRepository matches;
    private final FixtureRepository fixtures;
    private final ServedModels served;

    FixtureForecasts(MatchRepository matches, FixtureRepository fixtures, ServedModels served) {
        this.matches = matches;
        this.fixtures = fixtures;
        this.served = served;
    }

    /** Fixtures of the division whose result is not stored, forecast by its champion. */
    public Forecasts upcoming(String division) {
        Division d = Views.division(division);
        List<Fixture> list = fixtures.unsettled().stream().filter(f -> f.division().equals(d)).toList();
        return forecasts(d, list.stream().map(f -> new Item(f, null)).toList());
    }

    /** The stored matches of the week (Monday to Sunday) holding {@code day}, forecast point in time by the champion. */
    public Forecasts week(String division, LocalDate day) {
        Division d = Views.division(division);
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return forecasts(d, matches.matches(d, monday, monday.plusDays(6)).stream()
                .map(m -> new Item(PointInTime.beforeKickOff(m), m.fullTime())).toList());
    }

    /** The Mondays of the division's stored weeks, latest first. */
    public List<LocalDate> weeks(String division) {
        return matches.matchDates(Views.division(division)).stream()
                .map(day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))).distinct().toList();
    }

    /** One fixture (stored or upcoming) in detail; unknown when the division has neither such a match nor such a fixture. */
    public FixtureDetail detail(String division, LocalDate date, String home, String away) {
        Division d = Views.division(division);
        String name = ModelTraining.defaultModelName(d);
        ServedModels.Served priceFree = served.champion(name).orElseThrow(() -> new NotFoundException("no-champion",
                "No champion", "no champion for " + name + " yet: run 'matchday train -d " + d + "'"));
        Item found = matches.matches(d, date, date).stream()
                .filter(m -> m.home().name().equals(home) && m.away().name().equals(away))
                .map(m -> new Item(PointInTime.beforeKickOff(m), m.fullTime())).findFirst()
                .or(() -> fixtures.unsettled().stream().filter(f -> f.division().equals(d) && f.date().equals(date)
                        && f.home().name().equals(home) && f.away().name().equals(away)).map(f -> new Item(f, null)).findFirst())
                .orElseThrow(() -> new NotFoundException("unknown-fixture", "Unknown fixture",
                        "no match or fixture " + home + " v " + away + " on " + date + " in " + d));
        ServedModels.Served champion = served.championFor(d, prices(found.fixture()) != null).orElse(priceFree);
        Forecast f;
        try {
            f = champion.forecast(found.fixture());
        } catch (MatchdayException cannot) {
            // e.g. a match inside the champion's own training window, for a model whose features stop there
            return new FixtureDetail(unforecast(found), champion.name(), champion.version().version(), champion.version().trainer(),
                    null, null, null, null, null, "the champion was trained through " + champion.model().provenance().lastMatch()
                            + ", this match included, and its features cannot be taken back to before it");
        }
        Optional<ScoreGrid> grid = f.scoreGrid();
        return new FixtureDetail(view(found, f, champion), champion.name(), champion.version().version(),
                champion.version().trainer(), grid.map(ScoreGrid::probabilities).orElse(null), grid.map(g -> g.over(2.5)).orElse(null),
                grid.map(ScoreGrid::bothTeamsScore).orElse(null),
                champion.model().explain(found.fixture()).map(ForecastAnswer.Explained::of).orElse(null),
                champion.band(found.fixture(), BAND_LEVEL).map(ForecastAnswer.Band::of).orElse(null), null);
    }

    private Forecasts forecasts(Division d, List<Item> items) {
        String name = ModelTraining.defaultModelName(d);
        Optional<ServedModels.Served> champion = served.champion(name);
        if (champion.isEmpty()) {
            return new Forecasts(d.code(), name, null, null, null, null, null, null,
                    items.stream().map(FixtureForecasts::unforecast).toList());
        }
        ServedModels.Served s = champion.get();
        Optional<ServedModels.Served> priced = served.champion(ModelTraining.pricedModelName(d));
        List<FixtureForecast> list = new ArrayList<>();
        for (Item i : items) {
            ServedModels.Served by = served.championFor(d, prices(i.fixture()) != null).orElse(s);
            try {
                list.add(view(i, by.forecast(i.fixture()), by));
            } catch (MatchdayException unforecastable) {
                // e.g. a price model and a fixture without prices: shown without a forecast.
                list.add(unforecast(i));
            }
        }
        return new Forecasts(d.code(), s.name(), s.version().version(), s.version().trainer(), s.model().provenance().lastMatch(),
                priced.map(ServedModels.Served::name).orElse(null), priced.map(p -> p.version().version()).orElse(null),
                priced.map(p -> p.version().trainer()).orElse(null), list);
    }

    private static FixtureForecast unforecast(Item i) {
        Fixture f = i.fixture();
        return new FixtureForecast(f.division().code(), f.date(), f.home().name(), f.away().name(), null, prices(f), null, null,
                null, null, null, null, result(i), score(i), null, false, null, null);
    }

    private static FixtureForecast view(Item i, Forecast f, ServedModels.Served s) {
        double[] p = f.probabilities();
        double[] price = prices(i.fixture());
        MarketView market = price == null ? null : MarketView.of(p, new OutcomePrices(price[0], price[1], price[2]));
        String likely = f.scoreGrid().map(g -> {
            int[] m = g.mostLikelyScore();
            return m[0] + "–" + m[1];
        }).orElse(null);
        Double rps = i.result() == null ? null : ScoringRule.RPS.score(p, i.result().outcome());
        LocalDate through = s.model().provenance().lastMatch();
        boolean inSample = i.result() != null && through != null && !i.fixture().date().isAfter(through);
        return new FixtureForecast(i.fixture().division().code(), i.fixture().date(), i.fixture().home().name(),
                i.fixture().away().name(), p, price, market == null ? null : market.market(), market == null ? null : market.edge(),
                market == null ? null : market.expectedValue(), f.expectedHomeGoals(), f.expectedAwayGoals(), likely, result(i),
                score(i), rps, inSample, s.version().trainer(),
                // a fixture still to play gets its band; a played one is judged by its result
                i.result() == null ? s.band(i.fixture(), BAND_LEVEL).map(ForecastAnswer.Band::of).orElse(null) : null);
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
}
