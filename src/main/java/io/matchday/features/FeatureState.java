package io.matchday.features;

import io.matchday.MatchdayException;
import io.matchday.data.Fixture;
import io.matchday.data.Team;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a replay knows after its last match: enough to compute the features of any later fixture.
 * Models keep this instead of the whole replay, and it saves to a plain map (for JSON) and back
 * exactly, so a reloaded model computes bit-identical features.
 */
public final class FeatureState {

    private final FeatureConfig config;
    private final List<String> names;
    private final LeagueState state;
    private final LocalDate lastDate;
    /** The state moved into each later season a fixture was asked for: read-only once made. */
    private final java.util.concurrent.ConcurrentMap<io.matchday.data.Season, LeagueState> entered =
            new java.util.concurrent.ConcurrentHashMap<>();

    FeatureState(FeatureConfig config, LeagueState state, LocalDate lastDate) {
        this.config = config;
        this.names = LeagueState.names(config);
        this.state = state;
        this.lastDate = lastDate;
    }

    public FeatureConfig config() {
        return config;
    }

    public List<String> names() {
        return names;
    }

    public LocalDate lastDate() {
        return lastDate;
    }

    public boolean knows(Team team) {
        return state.knows(team);
    }

    /** Features of a fixture after the whole history; the fixture must come after it. */
    public FeatureVector forFixture(Fixture fixture) {
        if (lastDate != null && !fixture.date().isAfter(lastDate)) {
            throw new MatchdayException("fixture on " + fixture.date() + " is not after the history, which ends "
                    + lastDate + ": features would not be point-in-time");
        }
        if (state.season() != null && !fixture.season().isAfter(state.season())) {
            // the same season: nothing moves, and reading leaves the state as it is (so no copy, and safe to share)
            return state.features(fixture, names);
        }
        // a later season: the state moved into it once (ratings regressed, strengths carried over the summer), then read
        return entered.computeIfAbsent(fixture.season(), season -> {
            LeagueState copy = state.copy();
            copy.enterSeason(season);
            return copy;
        }).features(fixture, names);
    }

    /**
     * The same state with every state-space strength (and the league level) drawn from its filtered distribution,
     * N(mean, variance): how sure the filter is of each side, for bands and projections. Without state-space
     * strengths there is nothing to draw and the state is returned as it is.
     */
    public FeatureState drawStrengths(java.util.random.RandomGenerator random) {
        if (config.stateSpace() == null) {
            return this;
        }
        LeagueState copy = state.copy();
        copy.drawStateSpace(random);
        return new FeatureState(config, copy, lastDate);
    }

    /** The state as plain maps, lists, numbers and strings. */
    public Map<String, Object> toMap() {
        return Map.of("last_date", lastDate == null ? "" : lastDate.toString(), "league", state.toMap());
    }

    public static FeatureState fromMap(FeatureConfig config, Map<String, Object> map) {
        String last = (String) map.get("last_date");
        @SuppressWarnings("unchecked")
        Map<String, Object> league = (Map<String, Object>) map.get("league");
        return new FeatureState(config, LeagueState.fromMap(config, league), last.isEmpty() ? null : LocalDate.parse(last));
    }
}
