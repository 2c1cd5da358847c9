package io.matchday.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.matchday.app.Matchday;
import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.BacktestConfig;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.models.ModelZoo;
import io.matchday.testsupport.SyntheticMatches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeasonSimulationTest {

    private static final List<Match> LEAGUE = SyntheticMatches.league(20, 3, 17);

    private static SimulationConfig config(SimulationConfig.Retrain retrain, long seed) {
        return new SimulationConfig(Division.of("E0"), SeasonRange.parse("2022-23"), "dixon-coles", retrain, Strategy.VALUE,
                new Staking.Flat(1), 0.05, 100, 0.05, 0.1, seed);
    }

    @Test
    void weeklyRetrainingScoresExactlyAsTheWalkForwardBacktest() {
        List<WeekResult> weeks = new ArrayList<>();
        SimulationReport replay = new SeasonSimulation(Matchday.replayPipelines(), null).run(LEAGUE, config(SimulationConfig.Retrain.WEEKLY, 1), weeks::add);
        var backtest = new WalkForwardBacktest(new BacktestConfig(SeasonRange.parse("2022-23"), 0, 2), PairedBootstrap.DEFAULT)
                .run(LEAGUE, ModelZoo.trainers("dixon-coles"), i -> { });
        assertThat(replay.matches()).isEqualTo(380);
        assertThat(replay.rps()).isCloseTo(backtest.model("dixon-coles").evaluation().rps(), within(1e-12));
        assertThat(replay.marketRps()).isCloseTo(backtest.model("market").evaluation().rps(), within(1e-12));
        assertThat(weeks).hasSize(replay.weeks().size());
        assertThat(replay.retrains()).isEqualTo(replay.weeks().size() - 1);
        assertThat(replay.weeks().get(1).trainedThrough()).isAfter(replay.weeks().get(0).trainedThrough());
    }

    @Test
    void theSameSeedGivesTheSameReplayAndNeverRetrainingTrainsOnce() {
        SimulationReport a = new SeasonSimulation(Matchday.replayPipelines(), null).run(LEAGUE, config(SimulationConfig.Retrain.NEVER, 5), w -> { });
        SimulationReport b = new SeasonSimulation(Matchday.replayPipelines(), null).run(LEAGUE, config(SimulationConfig.Retrain.NEVER, 5), w -> { });
        assertThat(a.betting()).isEqualTo(b.betting());
        assertThat(a.rps()).isEqualTo(b.rps());
        assertThat(a.retrains()).isZero();
        assertThat(a.weeks()).allSatisfy(w -> assertThat(w.trainedThrough()).isEqualTo(a.weeks().get(0).trainedThrough()));
    }

    @Test
    void aChallengerOfTheChampionsOwnKindIsNeverPromotedAndABetterOneIsOnTheDayItsEvidenceSuffices() {
        SimulationConfig noBets = new SimulationConfig(Division.of("E0"), SeasonRange.parse("2022-23"), "climatology",
                SimulationConfig.Retrain.NEVER, Strategy.NONE, new Staking.Flat(1), 0.05, 100, 0.05, 0.1, 1);
        SimulationReport aa = new SeasonSimulation(Matchday.replayPipelines(), null).run(LEAGUE,
                config(SimulationConfig.Retrain.NEVER, 1).withChallenger("dixon-coles"), w -> { });
        assertThat(aa.challenger().promoted()).isFalse();
        assertThat(aa.challenger().settled()).isEqualTo(380);
        assertThat(aa.challenger().meanRpsDifference()).isZero();
        assertThat(aa.challenger().eValue()).isEqualTo(1.0);

        SimulationReport better = new SeasonSimulation(Matchday.replayPipelines(), null).run(LEAGUE,
                noBets.withChallenger("dixon-coles"), w -> { });
        assertThat(better.challenger().promoted()).isTrue();
        assertThat(better.challenger().promotedOn()).isBetween(better.weeks().get(0).weekStart(),
                better.weeks().get(better.weeks().size() - 1).weekStart().plusDays(6));
        assertThat(better.challenger().meanRpsDifference()).isNegative();
        assertThat(better.challenger().sequence().get(1)).isLessThan(0.0);

        SimulationReport worse = new SeasonSimulation(Matchday.replayPipelines(), null).run(LEAGUE,
                config(SimulationConfig.Retrain.NEVER, 1).withChallenger("climatology"), w -> { });
        assertThat(worse.challenger().promoted()).isFalse();
        assertThat(worse.challenger().decision()).isEqualTo("keep champion");
        assertThat(new SeasonSimulation(Matchday.replayPipelines(), null).run(LEAGUE, config(SimulationConfig.Retrain.NEVER, 1),
                w -> { }).challenger()).as("no challenger, no verdict").isNull();
    }

    @Test
    void aClosingPriceModelMayBeReplayedButNotBetWith() {
        SimulationConfig betting = new SimulationConfig(Division.of("E0"), SeasonRange.parse("2022-23"), "market",
                SimulationConfig.Retrain.NEVER, Strategy.VALUE, new Staking.Flat(1), 0.05, 100, 0.05, 0.1, 1);
        assertThatThrownBy(() -> new SeasonSimulation(Matchday.replayPipelines(), null).run(LEAGUE, betting, w -> { }))
                .isInstanceOf(MatchdayException.class)
                .hasMessageContaining("model market forecasts from closing prices, which are known only at kick-off")
                .hasMessageContaining("market-open");
        SimulationConfig scoring = new SimulationConfig(Division.of("E0"), SeasonRange.parse("2022-23"), "market",
                SimulationConfig.Retrain.NEVER, Strategy.NONE, new Staking.Flat(1), 0.05, 100, 0.05, 0.1, 1);
        SimulationReport replay = new SeasonSimulation(Matchday.replayPipelines(), null).run(LEAGUE, scoring, w -> { });
        assertThat(replay.rps()).isEqualTo(replay.marketRps());
        assertThat(replay.betting().bets()).isZero();
        // The pre-closing market may bet: its forecasts come from prices known when the bet is struck.
        SimulationConfig open = new SimulationConfig(Division.of("E0"), SeasonRange.parse("2022-23"), "market-open",
                SimulationConfig.Retrain.NEVER, Strategy.FAVOURITE, new Staking.Flat(1), 0.05, 100, 0.05, 0.1, 1);
        assertThat(new SeasonSimulation(Matchday.replayPipelines(), null).run(LEAGUE, open, w -> { }).betting().bets()).isEqualTo(380);
    }

    @Test
    void retrainingOnTriggerRunsFromTheMatchesItIsGivenWithoutADataSource(@TempDir Path scratch) {
        SimulationConfig config = new SimulationConfig(Division.of("E0"), SeasonRange.parse("2022-23"), "dixon-coles",
                SimulationConfig.Retrain.ON_TRIGGER, Strategy.NONE, new Staking.Flat(1), 0.05, 100, 0.05, 0.1, 1);
        List<WeekResult> weeks = new ArrayList<>();
        SimulationReport replay = new SeasonSimulation(Matchday.replayPipelines(), scratch).run(LEAGUE, config, weeks::add);
        assertThat(replay.matches()).isEqualTo(380);
        // The pipeline's age and new-match triggers fire during a season: the champion moves on.
        assertThat(replay.retrains()).isPositive();
        assertThat(weeks).filteredOn(WeekResult::retrained).allSatisfy(w -> assertThat(w.retraining()).isNotBlank());
        assertThat(weeks.get(weeks.size() - 1).trainedThrough()).isAfter(weeks.get(0).trainedThrough());
        assertThat(scratch).as("the replay's own registry is deleted when it ends").isEmptyDirectory();
    }

    @Test
    void generatedPricesCarryTheMarginAroundTheModel() {
        double[] prices = SeasonSimulation.generatedPrices(new double[]{0.5, 0.3, 0.2}, config(SimulationConfig.Retrain.NEVER, 1),
                new java.util.SplittableRandom(3));
        double book = 1 / prices[0] + 1 / prices[1] + 1 / prices[2];
        assertThat(book).isCloseTo(1.05, within(1e-9));
        assertThat(prices[0]).isLessThan(prices[2]);
    }
}
