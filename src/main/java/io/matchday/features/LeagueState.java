package io.matchday.features;

import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.data.MatchStats;
import io.matchday.data.Season;
import io.matchday.data.Team;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything known about a league at one moment, updated match by match. Reading features never
 * changes it, and it only ever sees results that were fed to it, so features are point-in-time
 * by construction.
 */
final class LeagueState {

    static final int MAX_REST_DAYS = 21;
    /** Promoted sides start from the average of the weakest sides of the season before. */
    static final int PROMOTED_PRIOR_TEAMS = 3;

    private final FeatureConfig config;
    private final Map<Team, TeamState> teams;
    private Season season;
    private Set<Team> previousSeasonTeams;
    private Set<Team> seasonTeams;
    private TeamState promotedPrior;
    /** The league's level per statistic for the state-space strengths; empty when they are not used. */
    private final double[] stateSpaceLevel;

    LeagueState(FeatureConfig config) {
        this(config, new HashMap<>(), null, Set.of(), new HashSet<>(), null,
                config.stateSpace() == null ? new double[0] : StateSpaceConfig.initialLevel());
    }

    private LeagueState(FeatureConfig config, Map<Team, TeamState> teams, Season season, Set<Team> previous,
                        Set<Team> current, TeamState promotedPrior, double[] stateSpaceLevel) {
        this.config = config;
        this.stateSpaceLevel = stateSpaceLevel;
        this.teams = teams;
        this.season = season;
        this.previousSeasonTeams = previous;
        this.seasonTeams = current;
        this.promotedPrior = promotedPrior;
    }

    LeagueState copy() {
        Map<Team, TeamState> copied = new HashMap<>();
        teams.forEach((t, s) -> copied.put(t, s.copy()));
        return new LeagueState(config, copied, season, previousSeasonTeams, new HashSet<>(seasonTeams),
                promotedPrior == null ? null : promotedPrior.copy(), stateSpaceLevel.clone());
    }

    /** Every state-space mean moved by one draw from N(0, its variance): teams in name order, so a seed gives one draw. */
    void drawStateSpace(java.util.random.RandomGenerator random) {
        StateSpaceConfig.draw(stateSpaceLevel, random);
        teams.keySet().stream().sorted().forEach(t -> StateSpaceConfig.draw(teams.get(t).stateSpace, random));
        if (promotedPrior != null) {
            StateSpaceConfig.draw(promotedPrior.stateSpace, random);
        }
    }

    boolean knows(Team team) {
        return teams.containsKey(team);
    }

    Season season() {
        return season;
    }

    /** Moves to a new season: ratings regress to the mean, and the promoted-team prior is fixed. */
    void enterSeason(Season next) {
        if (season != null && !next.isAfter(season)) {
            return;
        }
        if (season != null) {
            List<TeamState> finished = seasonTeams.stream().map(teams::get).toList();
            double mean = finished.stream().mapToDouble(t -> t.elo).average().orElse(EloConfig.INITIAL);
            for (TeamState t : finished) {
                t.elo = mean + (t.elo - mean) * (1 - config.elo().seasonRegression());
            }
            List<TeamState> weakest = finished.stream().sorted(Comparator.comparingDouble(t -> t.elo))
                    .limit(PROMOTED_PRIOR_TEAMS).toList();
            promotedPrior = TeamState.average(weakest, config);
            if (config.stateSpace() != null) {
                finished.forEach(t -> config.stateSpace().newSeason(t.stateSpace));
            }
            previousSeasonTeams = Set.copyOf(seasonTeams);
        }
        season = next;
        seasonTeams = new HashSet<>();
    }

    /** A team in this season that did not play the last one starts from the promoted prior. */
    private TeamState stateOf(Team team) {
        TeamState state = teams.get(team);
        if (state == null || (!previousSeasonTeams.isEmpty() && !previousSeasonTeams.contains(team)
                && !seasonTeams.contains(team))) {
            TeamState fresh = promotedPrior == null ? TeamState.initial(config) : promotedPrior.copy();
            fresh.lastMatch = state == null ? null : state.lastMatch;
            return fresh;
        }
        return state;
    }

    boolean isPromoted(Team team) {
        return !previousSeasonTeams.isEmpty() && !previousSeasonTeams.contains(team);
    }

    FeatureVector features(Fixture fixture, List<String> names) {
        TeamState home = stateOf(fixture.home());
        TeamState away = stateOf(fixture.away());
        double[] v = new double[names.size()];
        int i = 0;
        v[i++] = home.elo;
        v[i++] = away.elo;
        v[i++] = (home.elo + config.elo().homeAdvantage() - away.elo) / 100;
        v[i++] = home.piHome;
        v[i++] = away.piAway;
        v[i++] = RatingRules.piExpectedGoalDifference(home.piHome, away.piAway);
        for (Ewma e : home.atHome) {
            v[i++] = e.value();
        }
        for (Ewma e : away.away) {
            v[i++] = e.value();
        }
        v[i++] = home.points.value();
        v[i++] = away.points.value();
        for (Ewma e : home.discipline) {
            v[i++] = e.value();
        }
        for (Ewma e : away.discipline) {
            v[i++] = e.value();
        }
        v[i++] = rest(home, fixture.date());
        v[i++] = rest(away, fixture.date());
        v[i++] = isPromoted(fixture.home()) ? 1 : 0;
        v[i++] = isPromoted(fixture.away()) ? 1 : 0;
        if (config.gap() != null) {
            for (int s = 0; s < GapConfig.STATS.length; s++) {
                v[i++] = GapConfig.expectedHome(home.gap, away.gap, s);
                v[i++] = GapConfig.expectedAway(home.gap, away.gap, s);
            }
        }
        if (config.stateSpace() != null) {
            for (int s = 0; s < StateSpaceConfig.STATS.length; s++) {
                v[i++] = StateSpaceConfig.logHome(stateSpaceLevel, home.stateSpace, away.stateSpace, s);
                v[i++] = StateSpaceConfig.logAway(stateSpaceLevel, home.stateSpace, away.stateSpace, s);
            }
        }
        if (config.marketProbabilities()) {
            double[] market = MarketFeatures.probabilities(fixture, config.marketMethod());
            v[i++] = market[0];
            v[i++] = market[1];
            v[i++] = market[2];
        }
        return new FeatureVector(names, v);
    }

    private static double rest(TeamState team, LocalDate date) {
        return team.lastMatch == null ? MAX_REST_DAYS
                : Math.min(MAX_REST_DAYS, ChronoUnit.DAYS.between(team.lastMatch, date));
    }

    void update(Match m) {
        TeamState home = stateOf(m.home());
        TeamState away = stateOf(m.away());
        teams.put(m.home(), home);
        teams.put(m.away(), away);
        seasonTeams.add(m.home());
        seasonTeams.add(m.away());
        int hg = m.fullTime().home();
        int ag = m.fullTime().away();

        double change = RatingRules.eloChange(home.elo, away.elo, hg, ag, config.elo());
        home.elo += change;
        away.elo -= change;

        double psi = RatingRules.piError(hg - ag, RatingRules.piExpectedGoalDifference(home.piHome, away.piAway));
        double homeChange = psi * config.pi().learningRate();
        double awayChange = -psi * config.pi().learningRate();
        home.piHome += homeChange;
        home.piAway += homeChange * config.pi().crossLearning();
        away.piAway += awayChange;
        away.piHome += awayChange * config.pi().crossLearning();

        MatchStats s = m.stats();
        int homePoints = m.fullTime().homePoints();
        int awayPoints = m.fullTime().awayPoints();
        addAll(home.atHome, new Integer[]{hg, ag, s.homeShots(), s.awayShots(), s.homeShotsOnTarget(), s.awayShotsOnTarget(), homePoints});
        addAll(away.away, new Integer[]{ag, hg, s.awayShots(), s.homeShots(), s.awayShotsOnTarget(), s.homeShotsOnTarget(), awayPoints});
        home.points.add(homePoints);
        away.points.add(awayPoints);
        addAll(home.discipline, new Integer[]{s.homeCorners(), s.homeFouls(), s.homeYellow(), s.homeRed()});
        addAll(away.discipline, new Integer[]{s.awayCorners(), s.awayFouls(), s.awayYellow(), s.awayRed()});
        if (config.gap() != null) {
            Integer[][] counts = {{hg, ag}, {s.homeShots(), s.awayShots()}, {s.homeShotsOnTarget(), s.awayShotsOnTarget()},
                    {s.homeCorners(), s.awayCorners()}};
            for (int k = 0; k < counts.length; k++) {
                if (counts[k][0] != null && counts[k][1] != null) {
                    config.gap().update(home.gap, away.gap, k, counts[k][0], counts[k][1]);
                }
            }
        }
        if (config.stateSpace() != null) {
            StateSpaceConfig filter = config.stateSpace();
            filter.drift(home.stateSpace, home.lastMatch == null ? 0 : ChronoUnit.DAYS.between(home.lastMatch, m.date()));
            filter.drift(away.stateSpace, away.lastMatch == null ? 0 : ChronoUnit.DAYS.between(away.lastMatch, m.date()));
            filter.update(stateSpaceLevel, home.stateSpace, away.stateSpace, 0, hg, ag);
            if (s.homeShotsOnTarget() != null && s.awayShotsOnTarget() != null) {
                filter.update(stateSpaceLevel, home.stateSpace, away.stateSpace, 1, s.homeShotsOnTarget(), s.awayShotsOnTarget());
            }
        }
        home.lastMatch = m.date();
        away.lastMatch = m.date();
    }

    /** A missing statistic leaves its average as it was. */
    private static void addAll(Ewma[] averages, Integer[] values) {
        for (int i = 0; i < averages.length; i++) {
            if (values[i] != null) {
                averages[i].add(values[i]);
            }
        }
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("season", season == null ? null : season.startYear());
        map.put("previous_season_teams", previousSeasonTeams.stream().map(Team::name).sorted().toList());
        map.put("season_teams", seasonTeams.stream().map(Team::name).sorted().toList());
        map.put("promoted_prior", promotedPrior == null ? null : promotedPrior.toMap());
        if (stateSpaceLevel.length > 0) {
            map.put("state_space_level", java.util.Arrays.stream(stateSpaceLevel).boxed().toList());
        }
        Map<String, Object> byTeam = new java.util.TreeMap<>();
        teams.forEach((team, state) -> byTeam.put(team.name(), state.toMap()));
        map.put("teams", byTeam);
        return map;
    }

    @SuppressWarnings("unchecked")
    static LeagueState fromMap(FeatureConfig config, Map<String, Object> map) {
        Map<Team, TeamState> teams = new HashMap<>();
        ((Map<String, Object>) map.get("teams")).forEach((name, state) ->
                teams.put(new Team(name), TeamState.fromMap((Map<String, Object>) state, config)));
        Object season = map.get("season");
        Object prior = map.get("promoted_prior");
        return new LeagueState(config, teams, season == null ? null : new Season(((Number) season).intValue()),
                Set.copyOf(((List<String>) map.get("previous_season_teams")).stream().map(Team::new).toList()),
                new HashSet<>(((List<String>) map.get("season_teams")).stream().map(Team::new).toList()),
                prior == null ? null : TeamState.fromMap((Map<String, Object>) prior, config),
                config.stateSpace() == null ? new double[0] : map.get("state_space_level") == null ? StateSpaceConfig.initialLevel()
                        : ((List<Object>) map.get("state_space_level")).stream().mapToDouble(o -> ((Number) o).doubleValue()).toArray());
    }

    static List<String> names(FeatureConfig config) {
        List<String> names = new ArrayList<>(List.of("elo_home", "elo_away", "elo_diff", "pi_home", "pi_away", "pi_gd"));
        for (String s : TeamState.VENUE_STATS) {
            names.add("home_" + s);
        }
        for (String s : TeamState.VENUE_STATS) {
            names.add("away_" + s);
        }
        names.addAll(List.of("home_pts_all", "away_pts_all"));
        for (String s : TeamState.DISCIPLINE_STATS) {
            names.add("home_" + s);
        }
        for (String s : TeamState.DISCIPLINE_STATS) {
            names.add("away_" + s);
        }
        names.addAll(List.of("rest_home", "rest_away", "promoted_home", "promoted_away"));
        if (config.gap() != null) {
            names.addAll(GapConfig.featureNames());
        }
        if (config.stateSpace() != null) {
            names.addAll(StateSpaceConfig.featureNames());
        }
        if (config.marketProbabilities()) {
            names.addAll(List.of("market_home", "market_draw", "market_away"));
        }
        return List.copyOf(names);
    }
}
