package io.matchday.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.matchday.data.Match;
import io.matchday.data.MatchStats;
import io.matchday.data.Team;
import io.matchday.testsupport.SyntheticMatches;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GAP ratings (Wheatcroft 2020) as point-in-time features. */
class GapRatingsTest {

    private static final GapConfig GAP = new GapConfig(0.2, 0.5, 0.5);
    private static final FeatureBuilder BUILDER = new FeatureBuilder(FeatureConfig.WITHOUT_PRICES.withGap(GAP));

    /** The synthetic league, where one side always takes 20 shots and the others 10. */
    private static List<Match> league(String dominant) {
        List<Match> matches = new ArrayList<>();
        for (Match m : SyntheticMatches.league(10, 3, 3)) {
            int home = m.home().name().equals(dominant) ? 20 : 10;
            int away = m.away().name().equals(dominant) ? 20 : 10;
            matches.add(SyntheticMatches.withStats(m, new MatchStats(home, away, home / 2, away / 2, 5, 5, 11, 11, 1, 1, 0, 0)));
        }
        matches.sort(Comparator.comparing(Match::date).thenComparing(m -> m.home().name()));
        return matches;
    }

    @Test
    void oneUpdateMovesEachRatingByItsShareOfTheError() {
        double[] home = GapConfig.initial();
        double[] away = GapConfig.initial();
        int shots = 1;
        double expectedHome = GapConfig.expectedHome(home, away, shots);
        double expectedAway = GapConfig.expectedAway(home, away, shots);
        assertThat(expectedHome).isEqualTo(GapConfig.HOME_PRIORS[shots]);
        assertThat(expectedAway).isEqualTo(GapConfig.AWAY_PRIORS[shots]);

        new GapConfig(0.2, 0.7, 0.6).update(home, away, shots, 20, 4);

        int o = shots * GapConfig.PER_STAT;
        double homeError = 20 - expectedHome;
        double awayError = 4 - expectedAway;
        assertThat(home[o]).as("home attack at home").isCloseTo(GapConfig.HOME_PRIORS[shots] + 0.2 * 0.7 * homeError, within(1e-12));
        assertThat(home[o + 2]).as("home side's away attack").isCloseTo(GapConfig.AWAY_PRIORS[shots] + 0.2 * 0.3 * homeError, within(1e-12));
        assertThat(home[o + 1]).as("home defence at home").isCloseTo(GapConfig.AWAY_PRIORS[shots] + 0.2 * 0.7 * awayError, within(1e-12));
        assertThat(away[o + 3]).as("away defence away").isCloseTo(GapConfig.HOME_PRIORS[shots] + 0.2 * 0.6 * homeError, within(1e-12));
        assertThat(away[o + 2]).as("away attack away").isCloseTo(GapConfig.AWAY_PRIORS[shots] + 0.2 * 0.6 * awayError, within(1e-12));
        assertThat(away[o + 1]).as("away side's home defence").isCloseTo(GapConfig.AWAY_PRIORS[shots] + 0.2 * 0.4 * homeError, within(1e-12));
        // Other statistics are untouched.
        assertThat(home[0]).isEqualTo(GapConfig.HOME_PRIORS[0]);
    }

    @Test
    void ratingsNeverGoBelowZero() {
        double[] home = GapConfig.initial();
        double[] away = GapConfig.initial();
        home[0] = 0.5;
        away[3] = 10;   // expected home goals 5.25; none scored: the step would take the home attack to −1.86
        new GapConfig(0.9, 0.5, 0.5).update(home, away, 0, 0, 0);
        assertThat(home[0]).isEqualTo(0);
        assertThat(away[3]).isCloseTo(10 - 0.9 * 0.5 * 5.25, within(1e-12));
    }

    @Test
    void aSideThatAlwaysShootsMoreIsExpectedToShootMore() {
        List<Match> matches = league("Ashbury");
        FeatureBuilder.Replay replay = BUILDER.replay(matches);
        for (Match m : matches.subList(matches.size() - 20, matches.size())) {
            FeatureVector f = replay.rows().get(matches.indexOf(m));
            double homeShots = f.get("gap_shots_home");
            double awayShots = f.get("gap_shots_away");
            if (m.home().name().equals("Ashbury")) {
                assertThat(homeShots).as("%s", m).isGreaterThan(16);
                assertThat(awayShots).isLessThan(12);
            } else if (m.away().name().equals("Ashbury")) {
                assertThat(awayShots).as("%s", m).isGreaterThan(14);
            } else {
                // 10 a match, a little more from what every side concedes to Ashbury
                assertThat(homeShots).as("%s", m).isBetween(9.0, 13.0);
            }
        }
        assertThat(BUILDER.names()).containsSubsequence("gap_goals_home", "gap_goals_away", "gap_shots_home",
                "gap_shots_away", "gap_sot_home", "gap_sot_away", "gap_corners_home", "gap_corners_away");
    }

    @Test
    void aMatchsOwnStatisticsNeverReachItsFeatures() {
        List<Match> matches = league("Ashbury");
        int changed = 200;
        AlteredMatch replays = AlteredMatch.replay(BUILDER, matches, changed,
                SyntheticMatches.withStats(matches.get(changed), new MatchStats(40, 0, 30, 0, 15, 0, 11, 11, 1, 1, 0, 0)));
        replays.assertNoEarlierRowChanged();
        int next = replays.nextHomeMatch();
        assertThat(replays.after().get(next).get("gap_shots_home")).isGreaterThan(replays.before().get(next).get("gap_shots_home"));
    }

    @Test
    void theRatingsSurviveASavedStateAndAnOldStateStartsFromThePriors() {
        FeatureBuilder.Replay replay = BUILDER.replay(league("Ashbury"));
        FeatureState state = replay.state();
        io.matchday.data.Fixture fixture = new io.matchday.data.Fixture(io.matchday.data.Division.of("E0"),
                state.lastDate().plusDays(3), new Team("Ashbury"), new Team(replay.matches().get(0).away().name()),
                io.matchday.data.Odds.NONE);
        FeatureVector direct = state.forFixture(fixture);
        Map<String, Object> saved = state.toMap();
        assertThat(FeatureState.fromMap(state.config(), saved).forFixture(fixture)).isEqualTo(direct);

        @SuppressWarnings("unchecked")
        Map<String, Object> teams = (Map<String, Object>) ((Map<String, Object>) saved.get("league")).get("teams");
        teams.values().forEach(t -> ((Map<?, ?>) t).remove("gap"));
        FeatureVector old = FeatureState.fromMap(state.config(), saved).forFixture(fixture);
        assertThat(old.get("gap_shots_home")).isEqualTo(GapConfig.HOME_PRIORS[1]);
        assertThat(old.get("elo_diff")).isEqualTo(direct.get("elo_diff"));
    }
}
