package io.matchday.features;

import static io.matchday.testsupport.Statistics.spearman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.matchday.data.Division;
import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.data.Odds;
import io.matchday.data.Team;
import io.matchday.testsupport.SyntheticMatches;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** State-space strengths (after Koopman &amp; Lit 2015), filtered match by match, as point-in-time features. */
class StateSpaceRatingsTest {

    private static final StateSpaceConfig FILTER = new StateSpaceConfig(0.0001, 0.02, 1, 0.01, 0.000001);
    private static final FeatureBuilder BUILDER = new FeatureBuilder(FeatureConfig.WITHOUT_PRICES.withStateSpace(FILTER));

    @Test
    void oneMatchMovesEachStrengthByItsShareOfTheNewtonStep() {
        StateSpaceConfig filter = new StateSpaceConfig(0, 0.04, 1, 0, 0);
        double[] level = StateSpaceConfig.initialLevel();
        double[] home = filter.initialTeam();
        double[] away = filter.initialTeam();
        home[1] = 0.09;   // the home side's attack is the most uncertain strength
        double eta = StateSpaceConfig.logHome(level, home, away, 0);
        assertThat(eta).isCloseTo(Math.log(StateSpaceConfig.HOME_PRIORS[0]), within(1e-12));

        filter.update(level, home, away, 0, 4, 1);

        // Prior variance of the home log-rate: level + home attack + away defence; Newton step on the Poisson likelihood.
        double v = 0.01 + 0.09 + 0.04;
        double rate = Math.exp(eta);
        double step = (4 - rate) / (1 + v * rate);
        assertThat(home[0]).as("home attack").isCloseTo(0.09 * step, within(1e-12));
        assertThat(away[2]).as("away defence, which enters with a minus").isCloseTo(-0.04 * step, within(1e-12));
        assertThat(level[0]).as("home level").isCloseTo(Math.log(1.50) + 0.01 * step, within(1e-12));
        assertThat(home[1]).as("home attack's variance").isCloseTo(0.09 - 0.09 * 0.09 * rate / (1 + v * rate), within(1e-12));
        assertThat(home[0]).as("the uncertain strength moves most").isGreaterThan(-away[2]).isGreaterThan(level[0] - Math.log(1.5));
        // One goal away against 1.15 expected: the away attack and the home defence move down, a little.
        assertThat(away[0]).isNegative().isGreaterThan(-0.01);
        assertThat(home[2]).isPositive();
        // Shots on target untouched.
        assertThat(home[StateSpaceConfig.PER_STAT]).isZero();
    }

    /** The filter's one Newton step against the exact posterior mean of a Poisson log-rate with a Gaussian prior. */
    @Test
    void theStepIsCloseToTheExactPosteriorMean() {
        for (int goals : new int[]{0, 1, 3, 6}) {
            StateSpaceConfig filter = new StateSpaceConfig(0, 0.03, 1, 0, 0);
            double[] level = StateSpaceConfig.initialLevel();
            level[1] = 1e-12;   // one uncertain component: the home attack
            double[] home = filter.initialTeam();
            double[] away = filter.initialTeam();
            away[3] = 1e-12;
            double prior = Math.log(1.5);
            filter.update(level, home, away, 0, goals, 0);
            double exact = posteriorMean(prior, 0.03, goals) - prior;
            assertThat(home[0]).as("%d goals", goals).isCloseTo(exact, within(0.1 * Math.abs(exact) + 1e-4));
        }
    }

    private static double posteriorMean(double mean, double variance, int y) {
        double sd = Math.sqrt(variance);
        double weight = 0;
        double first = 0;
        for (int i = -8000; i <= 8000; i++) {
            double eta = mean + sd * i / 1000.0;
            double w = Math.exp(-0.5 * Math.pow(i / 1000.0, 2) + y * eta - Math.exp(eta));
            weight += w;
            first += w * eta;
        }
        return first / weight;
    }

    @Test
    void variancesGrowBetweenMatchesAndOverTheSummerAndShrinkWithEachMatch() {
        StateSpaceConfig filter = new StateSpaceConfig(0.001, 0.02, 0.5, 0.01, 0);
        double[] team = filter.initialTeam();
        team[0] = 0.4;
        filter.drift(team, 7);
        assertThat(team[1]).isCloseTo(0.027, within(1e-12));
        filter.drift(team, 400);
        assertThat(team[1]).as("a long break is the summer's business").isCloseTo(0.027 + 0.03, within(1e-12));
        filter.newSeason(team);
        assertThat(team[0]).isCloseTo(0.2, within(1e-12));
        assertThat(team[1]).isCloseTo(0.25 * 0.057 + 0.01, within(1e-12));
        double before = team[1];
        filter.update(StateSpaceConfig.initialLevel(), team, filter.initialTeam(), 0, 2, 2);
        assertThat(team[1]).isPositive().isLessThan(before);
    }

    @Test
    void theFilteredStrengthsFindTheSyntheticLeaguesTrueOnes() {
        SyntheticMatches.League league = SyntheticMatches.generate(12, 3, 8);
        FeatureState state = BUILDER.replay(league.matches()).state();
        List<SyntheticMatches.Strength> teams = new ArrayList<>(league.strengths());
        Team opponent = new Team(teams.get(0).team());
        List<double[]> pairs = new ArrayList<>();
        for (SyntheticMatches.Strength t : teams.subList(1, teams.size())) {
            FeatureVector f = state.forFixture(new Fixture(Division.of("E0"), state.lastDate().plusDays(3), new Team(t.team()),
                    opponent, Odds.NONE));
            pairs.add(new double[]{t.attack(), f.get("ss_goals_home")});
        }
        assertThat(spearman(pairs)).as("rank correlation of true and filtered attack").isGreaterThan(0.8);
    }

    @Test
    void aMatchsOwnResultNeverReachesItsFeatures() {
        List<Match> matches = SyntheticMatches.league(10, 3, 3);
        int changed = 200;
        AlteredMatch replays = AlteredMatch.replay(BUILDER, matches, changed,
                SyntheticMatches.withScore(matches.get(changed), new io.matchday.data.Score(7, 0)));
        replays.assertNoEarlierRowChanged();
        int next = replays.nextHomeMatch();
        assertThat(replays.after().get(next).get("ss_goals_home")).isGreaterThan(replays.before().get(next).get("ss_goals_home"));
        assertThat(BUILDER.names()).containsSubsequence("ss_goals_home", "ss_goals_away", "ss_sot_home", "ss_sot_away");
    }

    @Test
    void theStrengthsSurviveASavedStateAndAnOldStateStartsFromThePriors() {
        FeatureBuilder.Replay replay = BUILDER.replay(SyntheticMatches.league(10, 2, 5));
        FeatureState state = replay.state();
        Fixture fixture = new Fixture(Division.of("E0"), state.lastDate().plusDays(3), replay.matches().get(0).home(),
                replay.matches().get(0).away(), Odds.NONE);
        FeatureVector direct = state.forFixture(fixture);
        Map<String, Object> saved = state.toMap();
        assertThat(FeatureState.fromMap(state.config(), saved).forFixture(fixture)).isEqualTo(direct);

        @SuppressWarnings("unchecked")
        Map<String, Object> league = (Map<String, Object>) saved.get("league");
        @SuppressWarnings("unchecked")
        Map<String, Object> teams = (Map<String, Object>) league.get("teams");
        teams.values().forEach(t -> ((Map<?, ?>) t).remove("state_space"));
        league.remove("state_space_level");
        FeatureVector old = FeatureState.fromMap(state.config(), saved).forFixture(fixture);
        assertThat(old.get("ss_goals_home")).isCloseTo(Math.log(StateSpaceConfig.HOME_PRIORS[0]), within(1e-12));
        assertThat(old.get("elo_diff")).isEqualTo(direct.get("elo_diff"));
    }
}
