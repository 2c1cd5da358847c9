package io.matchday.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.data.Score;
import io.matchday.data.Team;
import io.matchday.testsupport.SyntheticMatches;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureBuilderTest {

    private final List<Match> league = SyntheticMatches.league(20, 2, 7);
    private final FeatureBuilder builder = new FeatureBuilder(FeatureConfig.WITH_PRICES);

    @Test
    void changingALaterResultLeavesEveryEarlierFeatureIdentical() {
        List<Match> sorted = new ArrayList<>(league);
        sorted.sort(Comparator.comparing(Match::date).thenComparing(m -> m.home().name()));
        int changed = 500;
        Match original = sorted.get(changed);
        Score flipped = new Score(original.fullTime().away() + 3, original.fullTime().home());
        List<Match> altered = new ArrayList<>(sorted);
        altered.set(changed, SyntheticMatches.withScore(original, flipped));

        List<FeatureVector> before = builder.replay(sorted).rows();
        List<FeatureVector> after = builder.replay(altered).rows();
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).date().isAfter(original.date())) {
                continue;
            }
            assertThat(after.get(i)).as("features of match %d, on or before the changed date", i).isEqualTo(before.get(i));
        }
        long laterDifferences = java.util.stream.IntStream.range(0, sorted.size())
                .filter(i -> sorted.get(i).date().isAfter(original.date()))
                .filter(i -> !after.get(i).equals(before.get(i))).count();
        assertThat(laterDifferences).as("the change does reach later matches").isPositive();
    }

    @Test
    void everyFeatureIsFiniteAndNewTeamsStartFromThePrior() {
        FeatureBuilder.Replay replay = builder.replay(league);
        FeatureVector first = replay.rows().get(0);
        assertThat(first.get("elo_home")).isEqualTo(EloConfig.INITIAL);
        assertThat(first.get("rest_home")).isEqualTo(LeagueState.MAX_REST_DAYS);
        assertThat(replay.rows()).hasSize(760);
        assertThat(first.names()).hasSize(builder.names().size()).contains("market_home", "pi_gd", "home_sf");
    }

    @Test
    void ratingsOrderTeamsByTheirHiddenStrength() {
        FeatureBuilder.Replay replay = builder.replay(league);
        LocalDate next = league.stream().map(Match::date).max(LocalDate::compareTo).orElseThrow().plusDays(7);
        List<SyntheticMatches.Strength> strengths = SyntheticMatches.strengths(20, 7);
        SyntheticMatches.Strength best = strengths.stream().max(Comparator.comparingDouble(SyntheticMatches.Strength::overall)).orElseThrow();
        SyntheticMatches.Strength worst = strengths.stream().min(Comparator.comparingDouble(SyntheticMatches.Strength::overall)).orElseThrow();
        FeatureVector v = replay.forFixture(new Fixture(league.get(0).division(), next, new Team(best.team()),
                new Team(worst.team()), null));
        assertThat(v.get("elo_home")).isGreaterThan(v.get("elo_away"));
        assertThat(v.get("pi_gd")).isPositive();
        assertThat(v.get("market_home")).isBetween(0.0, 1.0);
    }

    /**
     * A season's last match played after 1 July (2019-20 ended in July 2020) belongs to the season of its
     * file: forecast as a fixture, it gets exactly the features its training row had, with no new-season reset.
     */
    @Test
    void aMatchPlayedInJulyKeepsTheSeasonOfItsFile() {
        List<Match> sorted = new ArrayList<>(league);
        sorted.sort(Comparator.comparing(Match::date).thenComparing(m -> m.home().name()));
        int last = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).season().equals(sorted.get(0).season())) {
                last = i;
            }
        }
        Match m = sorted.get(last);
        LocalDate july = LocalDate.of(m.season().startYear() + 1, 7, 4);
        Match late = new Match(m.division(), m.season(), july, m.kickoff(), m.home(), m.away(), m.fullTime(), m.halfTime(),
                m.referee(), m.stats(), m.odds(), m.extra());
        sorted.set(last, late);
        List<FeatureVector> rows = builder.replay(sorted).rows();
        FeatureBuilder.Replay before = builder.replay(sorted.subList(0, last));

        assertThat(late.fixture().season()).isEqualTo(m.season());
        assertThat(before.forFixture(late.fixture())).isEqualTo(rows.get(last));
        Fixture byCalendar = new Fixture(late.division(), late.date(), late.home(), late.away(), late.odds());
        assertThat(byCalendar.season()).isEqualTo(m.season().next());
        assertThat(before.forFixture(byCalendar)).as("the calendar would start a new season").isNotEqualTo(rows.get(last));
    }

    @Test
    void refusesAFixtureInsideTheHistory() {
        FeatureBuilder.Replay replay = builder.replay(league);
        Match m = league.get(10);
        assertThatThrownBy(() -> replay.forFixture(m.fixture())).hasMessageContaining("not after the history");
    }
}
