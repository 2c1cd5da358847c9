package io.matchday.features;

import java.time.LocalDate;

/** One team's running ratings and form, as known before its next match. */
final class TeamState {

    /** Form statistics from the team's side; order matters: see {@link #statsOf}. */
    static final String[] VENUE_STATS = {"gf", "ga", "sf", "sa", "stf", "sta", "pts"};
    static final double[] VENUE_PRIORS = {1.35, 1.35, 12.5, 12.5, 4.4, 4.4, 1.37};
    static final String[] DISCIPLINE_STATS = {"corners", "fouls", "yellow", "red"};
    static final double[] DISCIPLINE_PRIORS = {5.3, 11.0, 1.7, 0.07};

    double elo;
    double piHome;
    double piAway;
    final Ewma[] atHome;
    final Ewma[] away;
    final Ewma[] discipline;
    final Ewma points;
    /** GAP ratings, see {@link GapConfig}; kept at their priors when the features do not use them. */
    final double[] gap;
    /** State-space strengths, see {@link StateSpaceConfig}; empty when the features do not use them. */
    final double[] stateSpace;
    LocalDate lastMatch;

    TeamState(double elo, double piHome, double piAway, Ewma[] atHome, Ewma[] away, Ewma[] discipline, Ewma points,
              double[] gap, double[] stateSpace) {
        this.gap = gap;
        this.stateSpace = stateSpace;
        this.elo = elo;
        this.piHome = piHome;
        this.piAway = piAway;
        this.atHome = atHome;
        this.away = away;
        this.discipline = discipline;
        this.points = points;
    }

    static TeamState initial(FeatureConfig config) {
        double decay = config.formDecay();
        return new TeamState(EloConfig.INITIAL, 0, 0, priors(decay, VENUE_PRIORS), priors(decay, VENUE_PRIORS),
                priors(decay, DISCIPLINE_PRIORS), new Ewma(decay, VENUE_PRIORS[6]), GapConfig.initial(), initialStateSpace(config));
    }

    private static double[] initialStateSpace(FeatureConfig config) {
        return config.stateSpace() == null ? new double[0] : config.stateSpace().initialTeam();
    }

    /**
     * The average of several teams: the prior for a promoted side. Its state-space strengths take their
     * mean from those teams but the variance of a team nothing is known about, so its first matches count.
     */
    static TeamState average(java.util.List<TeamState> teams, FeatureConfig config) {
        double decay = config.formDecay();
        TeamState avg = initial(config);
        if (teams.isEmpty()) {
            return avg;
        }
        avg.elo = teams.stream().mapToDouble(t -> t.elo).average().orElseThrow();
        avg.piHome = teams.stream().mapToDouble(t -> t.piHome).average().orElseThrow();
        avg.piAway = teams.stream().mapToDouble(t -> t.piAway).average().orElseThrow();
        for (int i = 0; i < VENUE_STATS.length; i++) {
            int s = i;
            avg.atHome[i] = new Ewma(decay, teams.stream().mapToDouble(t -> t.atHome[s].value()).average().orElseThrow());
            avg.away[i] = new Ewma(decay, teams.stream().mapToDouble(t -> t.away[s].value()).average().orElseThrow());
        }
        for (int i = 0; i < DISCIPLINE_STATS.length; i++) {
            int s = i;
            avg.discipline[i] = new Ewma(decay, teams.stream().mapToDouble(t -> t.discipline[s].value()).average().orElseThrow());
        }
        for (int i = 0; i < avg.gap.length; i++) {
            int s = i;
            avg.gap[i] = teams.stream().mapToDouble(t -> t.gap[s]).average().orElseThrow();
        }
        for (int i = 0; i < avg.stateSpace.length; i += 2) {
            int s = i;
            avg.stateSpace[i] = teams.stream().mapToDouble(t -> t.stateSpace[s]).average().orElseThrow();
        }
        return avg;
    }

    java.util.Map<String, Object> toMap() {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("elo", elo);
        map.put("pi_home", piHome);
        map.put("pi_away", piAway);
        map.put("at_home", values(atHome));
        map.put("away", values(away));
        map.put("discipline", values(discipline));
        map.put("points", points.value());
        map.put("gap", java.util.Arrays.stream(gap).boxed().toList());
        if (stateSpace.length > 0) {
            map.put("state_space", java.util.Arrays.stream(stateSpace).boxed().toList());
        }
        map.put("last_match", lastMatch == null ? null : lastMatch.toString());
        return map;
    }

    @SuppressWarnings("unchecked")
    static TeamState fromMap(java.util.Map<String, Object> map, FeatureConfig config) {
        double decay = config.formDecay();
        TeamState t = new TeamState(number(map.get("elo")), number(map.get("pi_home")), number(map.get("pi_away")),
                ewmas((java.util.List<Object>) map.get("at_home"), decay), ewmas((java.util.List<Object>) map.get("away"), decay),
                ewmas((java.util.List<Object>) map.get("discipline"), decay), new Ewma(decay, number(map.get("points"))),
                // a state saved before GAP ratings existed starts them from their priors
                map.get("gap") == null ? GapConfig.initial()
                        : ((java.util.List<Object>) map.get("gap")).stream().mapToDouble(TeamState::number).toArray(),
                // likewise a state saved without state-space strengths, or by features that did not use them
                map.get("state_space") == null || config.stateSpace() == null ? initialStateSpace(config)
                        : ((java.util.List<Object>) map.get("state_space")).stream().mapToDouble(TeamState::number).toArray());
        Object last = map.get("last_match");
        t.lastMatch = last == null ? null : LocalDate.parse((String) last);
        return t;
    }

    private static java.util.List<Double> values(Ewma[] e) {
        java.util.List<Double> values = new java.util.ArrayList<>();
        for (Ewma x : e) {
            values.add(x.value());
        }
        return values;
    }

    private static Ewma[] ewmas(java.util.List<Object> values, double decay) {
        Ewma[] e = new Ewma[values.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = new Ewma(decay, number(values.get(i)));
        }
        return e;
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    TeamState copy() {
        TeamState c = new TeamState(elo, piHome, piAway, copy(atHome), copy(away), copy(discipline), points.copy(),
                gap.clone(), stateSpace.clone());
        c.lastMatch = lastMatch;
        return c;
    }

    private static Ewma[] priors(double decay, double[] values) {
        Ewma[] e = new Ewma[values.length];
        for (int i = 0; i < values.length; i++) {
            e[i] = new Ewma(decay, values[i]);
        }
        return e;
    }

    private static Ewma[] copy(Ewma[] e) {
        Ewma[] c = new Ewma[e.length];
        for (int i = 0; i < e.length; i++) {
            c[i] = e[i].copy();
        }
        return c;
    }
}
