package io.matchday.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.testsupport.SyntheticMatches;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A/A replays: on 200 synthetic leagues (different seeds) a challenger of the champion's own kind shadows it through a
 * season and is judged as a live challenger is. Its forecasts equal the champion's, so no pair may favour it and it
 * must never be promoted (the statistical guarantee for forecasts that differ is checked on noisy null streams in
 * {@code SequentialComparisonTest}).
 */
class ChallengerAaReplaysIntegrationTest {

    @Test
    void aChallengerOfTheChampionsOwnKindIsPromotedInNoneOfTwoHundredLeagues() {
        int promoted = 0;
        int settled = 0;
        for (long seed = 1; seed <= 200; seed++) {
            List<Match> league = SyntheticMatches.league(10, 2, 1000 + seed);
            SimulationConfig config = new SimulationConfig(Division.of("E0"), SeasonRange.parse("2021-22"), "dixon-coles",
                    SimulationConfig.Retrain.NEVER, Strategy.NONE, new Staking.Flat(1), 0.05, 100, 0.05, 0.1, seed)
                    .withChallenger("dixon-coles");
            SimulationReport.ChallengerOutcome c = new SeasonSimulation(Matchday.replayPipelines(), null)
                    .run(league, config, w -> { }).challenger();
            promoted += c.promoted() ? 1 : 0;
            settled += c.settled();
            assertThat(c.meanRpsDifference()).isZero();
        }
        assertThat(promoted).as("false promotions in 200 A/A replays").isZero();
        assertThat(settled).as("every match of every replayed season settled").isEqualTo(200 * 90);
    }
}
