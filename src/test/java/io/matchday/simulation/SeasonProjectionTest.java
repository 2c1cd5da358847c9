package io.matchday.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.models.ScoreGrid;
import io.matchday.testsupport.SyntheticMatches;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Projections of a synthetic league: the sums every projection must satisfy, the table it starts from, its refusals. */
class SeasonProjectionTest {

    private static final List<Match> LEAGUE = SyntheticMatches.league(20, 4, 3);
    private static final Season LAST = LEAGUE.get(LEAGUE.size() - 1).season();
    private static final List<Match> SEASON = LEAGUE.stream().filter(m -> m.season().equals(LAST)).toList();
    /** Half the season: the day of its 190th match. */
    private static final LocalDate MIDWAY = SEASON.get(189).date();

    static Projection project(LocalDate asOf, List<Match> season, int simulations) {
        return Projections.project(LEAGUE, new SeasonProjection.Start(Division.of("E0"), LAST, asOf, season, List.of()),
                "dixon-coles", simulations);
    }

    @Test
    void probabilitiesAddUpAsATableMust() {
        Projection p = project(MIDWAY, SEASON, 4000);
        assertThat(p.teams()).hasSize(20);
        assertThat(p.remaining()).isEqualTo(380 - 190);
        assertThat(p.teams().stream().mapToDouble(Projection.TeamProjection::pTitle).sum()).isCloseTo(1, within(1e-9));
        assertThat(p.teams().stream().mapToDouble(Projection.TeamProjection::pTop4).sum()).isCloseTo(4, within(1e-9));
        assertThat(p.teams().stream().mapToDouble(Projection.TeamProjection::pRelegation).sum()).isCloseTo(3, within(1e-9));
        for (Projection.TeamProjection t : p.teams()) {
            assertThat(java.util.Arrays.stream(t.positions()).sum()).as(t.team()).isCloseTo(1, within(1e-9));
            assertThat(t.expectedPoints()).as(t.team()).isBetween((double) t.pointsNow(), t.pointsNow() + 3.0 * (38 - t.played()));
        }
        for (int place = 0; place < 20; place++) {
            int at = place;
            assertThat(p.teams().stream().mapToDouble(t -> t.positions()[at]).sum()).as("place %d", place + 1).isCloseTo(1, within(1e-9));
        }
        // the simulations' expected points add up to what the league hands out: 3 per decided match, 2 per draw
        double handedOut = p.teams().stream().mapToDouble(Projection.TeamProjection::expectedPoints).sum()
                - p.teams().stream().mapToInt(Projection.TeamProjection::pointsNow).sum();
        assertThat(handedOut).isBetween(2.0 * 190, 3.0 * 190);
    }

    @Test
    void theTableNowIsTheResultsUpToTheEndOfTheDay() {
        Projection p = project(MIDWAY, SEASON, 100);
        for (Projection.TeamProjection t : p.teams()) {
            int points = 0;
            int played = 0;
            for (Match m : SEASON) {
                if (!m.date().isAfter(MIDWAY) && (m.home().name().equals(t.team()) || m.away().name().equals(t.team()))) {
                    boolean home = m.home().name().equals(t.team());
                    int f = home ? m.fullTime().home() : m.fullTime().away();
                    int a = home ? m.fullTime().away() : m.fullTime().home();
                    points += f > a ? 3 : f == a ? 1 : 0;
                    played++;
                }
            }
            assertThat(t.pointsNow()).as(t.team()).isEqualTo(points);
            assertThat(t.played()).as(t.team()).isEqualTo(played);
        }
    }

    @Test
    void theSameStartAndSeedGiveTheSameProjectionAndTheStrongestSideIsFavourite() {
        Projection a = project(MIDWAY, SEASON, 2000);
        Projection b = project(MIDWAY, SEASON, 2000);
        assertThat(a).usingRecursiveComparison().isEqualTo(b);
        String best = SyntheticMatches.strengths(20, 3).stream()
                .max(java.util.Comparator.comparingDouble(SyntheticMatches.Strength::overall)).orElseThrow().team();
        assertThat(a.teams().subList(0, 3)).extracting(Projection.TeamProjection::team).contains(best);
    }

    @Test
    void aFinishedSeasonProjectsToItsFinalTable() {
        LocalDate end = SEASON.get(SEASON.size() - 1).date();
        Projection p = project(end, SEASON, 50);
        assertThat(p.remaining()).isZero();
        var places = ProjectionScore.finalPlaces(SeasonProjection.table(
                SEASON.stream().map(Match::home).distinct().sorted().toList(), SEASON));
        for (Projection.TeamProjection t : p.teams()) {
            assertThat(t.positions()[places.get(t.team())]).as(t.team()).isEqualTo(1.0);
            assertThat(t.expectedPoints()).isEqualTo(t.pointsNow());
        }
    }

    @Test
    void leaguesTheDataCannotSettleAreRefusedInOneLine() {
        assertThatThrownBy(() -> LeagueFormat.of(Division.of("SC0"))).hasMessageContaining("splits after 33 rounds");
        List<Match> twice = new ArrayList<>(SEASON.subList(0, 20));
        Match again = SEASON.get(0);
        twice.add(new Match(again.division(), again.season(), again.date().plusDays(3), again.kickoff(), again.home(), again.away(),
                again.fullTime(), null, again.referee(), again.stats(), again.odds(), again.extra()));
        assertThatThrownBy(() -> project(again.date().plusDays(3), twice, 10)).hasMessageContaining("not a double round robin");
    }

    @Test
    void impliedGoalsGiveBackTheOutcomeProbabilitiesTheyCameFrom() {
        ScoreGrid truth = ImpliedGoals.poisson(1.7, 0.9);
        double[] p = truth.outcomeProbabilities();
        ScoreGrid implied = ImpliedGoals.grid(p[0], p[2]);
        assertThat(implied.expectedHomeGoals()).isCloseTo(truth.expectedHomeGoals(), within(1e-6));
        assertThat(implied.expectedAwayGoals()).isCloseTo(truth.expectedAwayGoals(), within(1e-6));
    }

    @Test
    void scoredAgainstFinalTablesTheModelBeatsExtrapolatedPointsPerGame() {
        ProjectionScore score = ProjectionScore.evaluate(Division.of("E0"), SeasonRange.parse("2021-22..2023-24"), 19, LEAGUE,
                "dixon-coles", 2000, done -> { });
        assertThat(score.seasonsScored()).hasSize(3);
        assertThat(score.events()).containsOnlyKeys("title", "top4", "relegation");
        assertThat(score.events().get("top4").teams()).isEqualTo(60);
        assertThat(score.pointsRmse().model()).isLessThan(score.pointsRmse().baseline());
    }
}
