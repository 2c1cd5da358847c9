package io.matchday.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.models.Forecast;
import io.matchday.models.Model;
import io.matchday.models.ModelProvenance;
import io.matchday.models.ModelZoo;
import io.matchday.models.Trainer;
import io.matchday.models.TrainingData;
import io.matchday.testsupport.SyntheticMatches;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WalkForwardBacktestTest {

    private static final List<Match> LEAGUE = SyntheticMatches.league(20, 3, 5);

    private static BacktestReport run(int threads, List<Trainer> trainers) {
        return new WalkForwardBacktest(new BacktestConfig(SeasonRange.parse("2022-23"), 0, threads),
                PairedBootstrap.DEFAULT).run(LEAGUE, trainers, i -> { });
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        BacktestReport one = run(1, ModelZoo.trainers("elo,dixon-coles"));
        BacktestReport two = run(2, ModelZoo.trainers("elo,dixon-coles"));
        for (String model : List.of("market", "elo", "dixon-coles")) {
            assertThat(two.model(model).rpsByMatch()).containsExactly(one.model(model).rpsByMatch());
        }
        assertThat(one.matches()).hasSize(380);
        assertThat(one.model("market").deltaRpsVsMarket().mean()).isZero();
    }

    @Test
    void aModelThatCannotForecastTheWindowIsLeftOutWithANoteInsteadOfEmptyingIt() {
        List<Match> noClosing = LEAGUE.stream().map(m -> new Match(m.division(), m.season(), m.date(), m.kickoff(),
                m.home(), m.away(), m.fullTime(), m.halfTime(), m.referee(), m.stats(), m.odds().preClosing(), m.extra())).toList();
        BacktestReport report = new WalkForwardBacktest(new BacktestConfig(SeasonRange.parse("2022-23"), 0, 2),
                PairedBootstrap.DEFAULT, "market-open").run(noClosing, ModelZoo.trainers("market,elo", "market-open"), i -> { });
        assertThat(report.models()).extracting(ModelResult::name).containsExactly("market-open", "elo");
        assertThat(report.leftOut()).singleElement().asString()
                .isEqualTo("market: forecast 0 of 380 test matches (no prices it needs), left out");
        assertThat(report.matches()).hasSize(380);
        String html = new io.matchday.reports.Reports(io.matchday.reports.Templates.precompiled()).backtest(report);
        assertThat(html).contains("market: forecast 0 of 380 test matches");
    }

    @Test
    void gridModelsAreScoredOnOverUnderAgainstTheTotalsMarket() {
        BacktestReport report = run(2, ModelZoo.trainers("elo,dixon-coles"));
        Totals totals = report.totals();
        // The synthetic files have only pre-closing over/under prices: they stand in for the closing ones.
        assertThat(totals.prices()).isEqualTo("de-vigged pre-closing average over/under 2.5");
        assertThat(totals.matches()).isEqualTo(380);
        assertThat(totals.models()).containsOnlyKeys("dixon-coles");
        Totals.Score dc = totals.models().get("dixon-coles");
        // The generator's totals prices come from the true goal rates plus a margin: a fitted Poisson model is close.
        assertThat(dc.logLoss()).isBetween(0.6, 0.72);
        assertThat(Math.abs(dc.deltaLogLoss().mean())).isLessThan(0.02);
        assertThat(dc.deltaLogLoss().low()).isLessThan(dc.deltaLogLoss().mean());
        assertThat(totals.market().ece()).isLessThan(0.1);
        assertThat(new io.matchday.reports.Reports(io.matchday.reports.Templates.precompiled()).backtest(report))
                .contains("Over/under 2.5 goals").contains("over/under market");
    }

    @Test
    void anotherBenchmarkScoresSeasonsWithoutClosingPricesAgainstItself() {
        List<Match> noClosing = LEAGUE.stream().map(m -> new Match(m.division(), m.season(), m.date(), m.kickoff(),
                m.home(), m.away(), m.fullTime(), m.halfTime(), m.referee(), m.stats(), m.odds().preClosing(), m.extra())).toList();
        BacktestReport report = new WalkForwardBacktest(new BacktestConfig(SeasonRange.parse("2022-23"), 0, 2),
                PairedBootstrap.DEFAULT, "market-open").run(noClosing, ModelZoo.trainers("elo", "market-open"), i -> { });
        assertThat(report.benchmark()).isEqualTo("market-open");
        assertThat(report.models()).extracting(ModelResult::name).containsExactly("market-open", "elo");
        assertThat(report.matches()).hasSize(380);
        assertThat(report.model("market-open").deltaRpsVsMarket().mean()).isZero();
        assertThat(report.model("elo").deltaRpsVsMarket().mean()).isCloseTo(
                report.model("elo").evaluation().rps() - report.model("market-open").evaluation().rps(),
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(new io.matchday.reports.Reports(io.matchday.reports.Templates.precompiled()).backtest(report)).contains("the pre-closing market (de-vigged average pre-closing prices)");
    }

    @Test
    void onlyTheBenchmarkSeesClosingPricesAndNoModelSeesItsOwnWeek() {
        AtomicBoolean sawClosing = new AtomicBoolean();
        AtomicBoolean sawFuture = new AtomicBoolean();
        Trainer spy = new Trainer() {
            @Override
            public boolean readsClosingPrices() {
                return false;
            }

            @Override
            public String name() {
                return "spy";
            }

            @Override
            public boolean usesPrices() {
                return true;
            }

            @Override
            public Model train(TrainingData data) {
                return new Model() {
                    @Override
                    public String name() {
                        return "spy";
                    }

                    @Override
                    public boolean usesPrices() {
                        return true;
                    }

                    @Override
                    public Forecast forecast(Fixture fixture) {
                        sawClosing.compareAndSet(false, !fixture.odds().closing().isEmpty());
                        sawFuture.compareAndSet(false, !data.lastDate().isBefore(WalkForwardBacktest.weekStart(fixture.date())));
                        return Forecast.of("spy", fixture, new double[]{0.4, 0.3, 0.3});
                    }

                    @Override
                    public ModelProvenance provenance() {
                        return new ModelProvenance("spy", Map.of(), null, null, null, 0, "", "");
                    }
                };
            }
        };
        BacktestReport report = run(2, List.of(ModelZoo.trainer("market"), spy));
        assertThat(sawClosing).isFalse();
        assertThat(sawFuture).isFalse();
        assertThat(report.model("spy").evaluation().matches()).isEqualTo(380);
    }
}
