package io.matchday.simulation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.data.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * How mid-season projections scored against final tables: Brier score and log loss of title, top four and relegation
 * over teams and seasons, and the RMSE of final points — beside a baseline that extrapolates each side's points per
 * game so far (with the spread of its own results so far, so it too gives probabilities). Final tables are computed
 * from the results (points, goal difference, goals scored), without points deductions.
 *
 * @param seasonsScored finished seasons scored; {@code skipped} says which were not and why
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProjectionScore(String division, String model, int atMatchday, int simulations, List<String> seasonsScored,
                              List<String> skipped, Map<String, Event> events, Rmse pointsRmse) {

    public static final List<String> EVENTS = List.of("title", "top4", "relegation");

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Event(double brierModel, double brierBaseline, double logLossModel, double logLossBaseline, int teams) {
    }

    public record Rmse(double model, double baseline) {
    }

    static ProjectionScore evaluate(Division division, SeasonRange range, int matchday, List<Match> history, String trainer,
                                    int simulations, IntConsumer progress) {
        return evaluate(division, range, matchday, history, io.matchday.models.ModelZoo.trainer(trainer), trainer, simulations,
                progress);
    }

    static ProjectionScore evaluate(Division division, SeasonRange range, int matchday, List<Match> history,
                                    io.matchday.models.Trainer fitter, String trainer, int simulations, IntConsumer progress) {
        LeagueFormat format = LeagueFormat.of(division);
        List<Season> seasons = history.stream().map(Match::season).filter(range::contains).distinct().sorted().toList();
        double[][] sums = new double[EVENTS.size()][4];
        int[] counts = new int[EVENTS.size()];
        double pointsModel = 0;
        double pointsBaseline = 0;
        int teamsScored = 0;
        List<String> scored = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        double floor = 0.5 / simulations;
        for (Season season : seasons) {
            progress.accept(scored.size() + skipped.size());
            List<Match> all = history.stream().filter(m -> m.season().equals(season))
                    .sorted(Comparator.comparing(Match::date)).toList();
            long teams = all.stream().flatMap(m -> java.util.stream.Stream.of(m.home(), m.away())).distinct().count();
            if (all.size() != teams * (teams - 1)) {
                skipped.add(season.label() + ": " + all.size() + " of " + teams * (teams - 1) + " matches stored");
                continue;
            }
            int index = (int) (matchday * teams / 2) - 1;
            if (index < 0 || index >= all.size() - 1) {
                throw new MatchdayException("matchday " + matchday + " is outside a season of " + 2 * (teams - 1) + " matchdays");
            }
            LocalDate asOf = all.get(index).date();
            SeasonProjection.Start start = new SeasonProjection.Start(division, season, asOf, all, List.of());
            Projections.Prepared prepared = Projections.prepare(history, start, fitter, trainer);
            Projection projection = prepared.simulate(simulations);
            Map<Team, int[]> finalTable = SeasonProjection.table(prepared.grids().teams(), all);
            Map<String, Integer> finalPlace = finalPlaces(finalTable);
            Map<String, double[]> baseline = baseline(start, prepared.grids(), simulations, format);
            int n = projection.teams().size();
            for (Projection.TeamProjection t : projection.teams()) {
                int place = finalPlace.get(t.team());
                boolean[] happened = {place == 0, place < format.europePlaces(), place >= n - format.relegationPlaces()};
                double[] model = {t.pTitle(), t.pTop4(), t.pRelegation()};
                double[] base = baseline.get(t.team());
                for (int e = 0; e < EVENTS.size(); e++) {
                    double y = happened[e] ? 1 : 0;
                    sums[e][0] += (model[e] - y) * (model[e] - y);
                    sums[e][1] += (base[e] - y) * (base[e] - y);
                    sums[e][2] += logLoss(model[e], y, floor);
                    sums[e][3] += logLoss(base[e], y, floor);
                    counts[e]++;
                }
                double actual = finalTable.get(new Team(t.team()))[1];
                pointsModel += (t.expectedPoints() - actual) * (t.expectedPoints() - actual);
                pointsBaseline += (base[3] - actual) * (base[3] - actual);
                teamsScored++;
            }
            scored.add(season.label() + " (as of " + asOf + ")");
        }
        if (teamsScored == 0) {
            throw new MatchdayException("no finished season of " + division + " in " + range + " to score");
        }
        Map<String, Event> events = new LinkedHashMap<>();
        for (int e = 0; e < EVENTS.size(); e++) {
            events.put(EVENTS.get(e), new Event(sums[e][0] / counts[e], sums[e][1] / counts[e], sums[e][2] / counts[e],
                    sums[e][3] / counts[e], counts[e]));
        }
        return new ProjectionScore(division.code(), trainer, matchday, simulations, scored, skipped, events,
                new Rmse(Math.sqrt(pointsModel / teamsScored), Math.sqrt(pointsBaseline / teamsScored)));
    }

    private static double logLoss(double p, double y, double floor) {
        double q = Math.min(1 - floor, Math.max(floor, p));
        return -(y * Math.log(q) + (1 - y) * Math.log(1 - q));
    }

    /** Final places (0 = champions) by points, goal difference, goals scored, then name, from a season's table. */
    static Map<String, Integer> finalPlaces(Map<Team, int[]> table) {
        List<Team> order = new ArrayList<>(table.keySet());
        order.sort(Comparator.<Team>comparingInt(t -> -table.get(t)[1]).thenComparingInt(t -> -(table.get(t)[2] - table.get(t)[3]))
                .thenComparingInt(t -> -table.get(t)[2]).thenComparing(Team::name));
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            places.put(order.get(i).name(), i);
        }
        return places;
    }

    /**
     * The points-per-game baseline: each side's final points normal around its points so far plus its points per game
     * times its games left, with the variance of its own points per game so far times its games left; places by lot
     * among those draws (ties by goal difference per game extrapolated likewise). Title, top four, relegation and the
     * expected final points.
     */
    static Map<String, double[]> baseline(SeasonProjection.Start start, SeasonProjection.Grids standing, int simulations,
                                          LeagueFormat format) {
        List<Team> teams = standing.teams();
        int n = teams.size();
        double[] mean = new double[n];
        double[] sd = new double[n];
        double[] gdMean = new double[n];
        Map<Team, List<Integer>> results = new HashMap<>();
        for (Match m : start.seasonMatches()) {
            if (!m.date().isAfter(start.asOf())) {
                results.computeIfAbsent(m.home(), k -> new ArrayList<>()).add(m.fullTime().homePoints());
                results.computeIfAbsent(m.away(), k -> new ArrayList<>()).add(m.fullTime().awayPoints());
            }
        }
        int games = 2 * (n - 1);
        for (int i = 0; i < n; i++) {
            int[] row = standing.table().get(teams.get(i));
            int played = Math.max(row[0], 1);
            int left = games - row[0];
            double ppg = (double) row[1] / played;
            double var = results.getOrDefault(teams.get(i), List.of()).stream()
                    .mapToDouble(p -> (p - ppg) * (p - ppg)).sum() / Math.max(played - 1, 1);
            mean[i] = row[1] + ppg * left;
            sd[i] = Math.sqrt(Math.max(var, 0.5) * left);
            gdMean[i] = (double) (row[2] - row[3]) / played * games;
        }
        SplittableRandom random = new SplittableRandom(Projections.SEED);
        double[][] counts = new double[n][3];
        Integer[] order = new Integer[n];
        double[] draw = new double[n];
        for (int s = 0; s < simulations; s++) {
            for (int i = 0; i < n; i++) {
                draw[i] = Math.round(mean[i] + sd[i] * random.nextGaussian()) + 1e-3 * gdMean[i] + 1e-6 * random.nextDouble();
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(draw[b], draw[a]));
            counts[order[0]][0]++;
            for (int place = 0; place < Math.min(format.europePlaces(), n); place++) {
                counts[order[place]][1]++;
            }
            for (int place = n - format.relegationPlaces(); place < n; place++) {
                counts[order[place]][2]++;
            }
        }
        Map<String, double[]> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(teams.get(i).name(), new double[]{counts[i][0] / simulations, counts[i][1] / simulations,
                counts[i][2] / simulations, mean[i]});
        }
        return out;
    }
}
