package io.matchday.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.data.Season;
import io.matchday.testsupport.SyntheticMatches;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every model explains its forecasts exactly: baseline plus factors is the forecast, to 1e-9. */
class ExplanationTest {

    private static final SyntheticMatches.League LEAGUE = SyntheticMatches.generate(16, 4, 5);
    private static final Season LAST = LEAGUE.matches().get(LEAGUE.matches().size() - 1).season();
    private static final List<Match> HISTORY = LEAGUE.matches().stream().filter(m -> m.season().compareTo(LAST) < 0).toList();
    private static final List<Match> NEXT = LEAGUE.matches().stream().filter(m -> m.season().equals(LAST)).toList();
    private static final Map<String, Model> MODELS = new ConcurrentHashMap<>();

    static Model trained(String name) {
        return MODELS.computeIfAbsent(name, n -> ModelZoo.trainer(n).train(new TrainingData(HISTORY, NEXT.get(0).date())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dixon-coles", "state-space", "gap", "logistic", "elo", "pi-ratings", "gbm", "market-open",
        "climatology", "ensemble-no-prices", "ensemble"})
    void baselinePlusFactorsIsTheForecast(String name) {
        Model model = trained(name);
        for (Match m : NEXT.subList(0, 40)) {
            Fixture fixture = PointInTime.beforeKickOff(m);
            Forecast forecast = model.forecast(fixture);
            Explanation e = model.explain(fixture).orElseThrow();
            Explanation.Share total = e.total();
            assertThat(total.home()).as("home").isCloseTo(forecast.home(), within(1e-9));
            assertThat(total.draw()).as("draw").isCloseTo(forecast.draw(), within(1e-9));
            assertThat(total.away()).as("away").isCloseTo(forecast.away(), within(1e-9));
            if (forecast.grid() != null) {
                assertThat(total.over()).as("over 2.5").isCloseTo(forecast.grid().over(2.5), within(1e-9));
            }
            // a model speaks in a handful of factors; a pool in the union of its members'
            assertThat(e.factors()).hasSizeLessThanOrEqualTo(e.members().isEmpty() ? 7 : 12);
            e.members().forEach(member -> assertThat(member.explanation().factors()).hasSizeLessThanOrEqualTo(7));
            assertThat(e.baseline().home() + e.baseline().draw() + e.baseline().away()).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void goalModelFactorsAreTheSidesAndHomeAdvantage() {
        Explanation e = trained("dixon-coles").explain(PointInTime.beforeKickOff(NEXT.get(0))).orElseThrow();
        assertThat(e.factors()).extracting(Explanation.Share::name)
                .containsExactly("home attack", "away defence", "away attack", "home defence", "home advantage");
        Explanation.Share home = e.factors().get(4);
        // home advantage (h ≈ 0.25 in the generator) raises the home win and lowers the away win
        assertThat(home.home()).isPositive();
        assertThat(home.away()).isNegative();
        // the baseline is the same for every fixture: the average side against the average side, no home advantage
        Explanation other = trained("dixon-coles").explain(PointInTime.beforeKickOff(NEXT.get(5))).orElseThrow();
        assertThat(other.baseline().home()).isEqualTo(e.baseline().home());
        assertThat(e.baseline().home()).isCloseTo(e.baseline().away(), within(1e-12));
    }

    @Test
    void theStrongerSidesAttackIsWhatMakesItFavourite() {
        Model model = trained("dixon-coles");
        SyntheticMatches.Strength best = LEAGUE.strengths().stream()
                .max(java.util.Comparator.comparingDouble(SyntheticMatches.Strength::attack)).orElseThrow();
        Match m = NEXT.stream().filter(x -> x.home().name().equals(best.team())).findFirst().orElseThrow();
        Explanation e = model.explain(PointInTime.beforeKickOff(m)).orElseThrow();
        assertThat(e.factors().get(0).home()).as("the best attack's share of the home win").isPositive();
    }

    @Test
    void aPoolExplainsEachMemberAndWeighsThem() {
        Model pool = trained("ensemble-no-prices");
        Explanation e = pool.explain(PointInTime.beforeKickOff(NEXT.get(3))).orElseThrow();
        assertThat(e.members()).extracting(Explanation.Member::model)
                .containsExactly("dixon-coles", "logistic", "elo", "pi-ratings", "gap");
        assertThat(e.members().stream().mapToDouble(Explanation.Member::weight).sum()).isCloseTo(1, within(1e-9));
        double home = e.members().stream().mapToDouble(m -> m.weight() * m.explanation().total().home()).sum();
        assertThat(home).isCloseTo(pool.forecast(PointInTime.beforeKickOff(NEXT.get(3))).home(), within(1e-9));
        assertThat(e.factors()).extracting(Explanation.Share::name).contains("home attack", "home advantage");
    }

    @Test
    void boostedTreesExplainTheirCorrectionOfTheMarket() {
        Explanation e = trained("gbm").explain(PointInTime.beforeKickOff(NEXT.get(7))).orElseThrow();
        assertThat(e.factors()).extracting(Explanation.Share::name).contains("market");
        Explanation.Share market = e.factors().stream().filter(f -> f.name().equals("market")).findFirst().orElseThrow();
        assertThat(Math.abs(market.home()) + Math.abs(market.away())).as("the market moves the forecast most")
                .isGreaterThan(e.factors().stream().filter(f -> !f.name().equals("market"))
                        .mapToDouble(f -> Math.abs(f.home()) + Math.abs(f.away())).max().orElse(0));
    }

    @Test
    void bandsHoldTheForecastAndWidenWithTheLevel() {
        for (String name : List.of("dixon-coles", "state-space", "ensemble-no-prices")) {
            ForecastBands bands = new ForecastBands(trained(name));
            Fixture fixture = PointInTime.beforeKickOff(NEXT.get(2));
            Forecast f = trained(name).forecast(fixture);
            ForecastBand b90 = bands.band(fixture, 0.9).orElseThrow();
            ForecastBand b50 = bands.band(fixture, 0.5).orElseThrow();
            assertThat(f.home()).as(name).isBetween(b90.home()[0], b90.home()[1]);
            assertThat(b90.home()[1] - b90.home()[0]).as(name).isGreaterThan(b50.home()[1] - b50.home()[0]).isPositive();
            assertThat(b90.away()[1] - b90.away()[0]).as(name).isLessThan(0.5);
        }
        assertThat(new ForecastBands(trained("gbm")).band(PointInTime.beforeKickOff(NEXT.get(2)), 0.9))
                .as("trees carry no parameter distribution").isEmpty();
    }

    @Test
    void savedModelsKeepTheirBands() {
        ModelCodec codec = new ModelCodec();
        Fixture fixture = PointInTime.beforeKickOff(NEXT.get(2));
        for (String name : List.of("dixon-coles", "state-space")) {
            Model reloaded = codec.decode(codec.encode(trained(name)));
            assertThat(new ForecastBands(reloaded).band(fixture, 0.9).orElseThrow().home())
                    .containsExactly(new ForecastBands(trained(name)).band(fixture, 0.9).orElseThrow().home());
        }
    }

}
