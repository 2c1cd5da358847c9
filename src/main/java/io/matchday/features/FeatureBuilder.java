package io.matchday.features;

import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.data.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Point-in-time features. {@link #replay} walks a match history in date order: every match's
 * features are computed from the state before its date, then all of that date's results are
 * applied. A feature can therefore only use matches that kicked off strictly before its match
 * (matches on the same day do not see each other).
 */
public final class FeatureBuilder {

    private final FeatureConfig config;
    private final List<String> names;

    public FeatureBuilder(FeatureConfig config) {
        this.config = config;
        this.names = LeagueState.names(config);
    }

    public List<String> names() {
        return names;
    }

    public FeatureConfig config() {
        return config;
    }

    public Replay replay(List<Match> history) {
        List<Match> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(Match::date).thenComparing(m -> m.home().name()));
        LeagueState state = new LeagueState(config);
        List<FeatureVector> rows = new ArrayList<>(sorted.size());
        int i = 0;
        while (i < sorted.size()) {
            LocalDate day = sorted.get(i).date();
            int end = i;
            while (end < sorted.size() && sorted.get(end).date().equals(day)) {
                end++;
            }
            state.enterSeason(sorted.get(i).season());
            for (int j = i; j < end; j++) {
                rows.add(state.features(sorted.get(j).fixture(), names));
            }
            for (int j = i; j < end; j++) {
                state.update(sorted.get(j));
            }
            i = end;
        }
        return new Replay(sorted, rows, state, sorted.isEmpty() ? null : sorted.get(sorted.size() - 1).date());
    }

    /** A replayed history: the pre-match features of each match, and the state after the last one. */
    public final class Replay {
        private final List<Match> matches;
        private final List<FeatureVector> rows;
        private final LeagueState finalState;
        private final LocalDate lastDate;

        private Replay(List<Match> matches, List<FeatureVector> rows, LeagueState finalState, LocalDate lastDate) {
            this.matches = List.copyOf(matches);
            this.rows = List.copyOf(rows);
            this.finalState = finalState;
            this.lastDate = lastDate;
        }

        /** The history in the order it was replayed. */
        public List<Match> matches() {
            return matches;
        }

        /** Pre-match features, one per match, in {@link #matches()} order. */
        public List<FeatureVector> rows() {
            return rows;
        }

        public boolean knows(Team team) {
            return finalState.knows(team);
        }

        /** What the replay knows after its last match; all a model needs to forecast later fixtures. */
        public FeatureState state() {
            return new FeatureState(config, finalState, lastDate);
        }

        /** Features of a fixture after the whole history; the fixture must come after it. */
        public FeatureVector forFixture(Fixture fixture) {
            return state().forFixture(fixture);
        }
    }
}
