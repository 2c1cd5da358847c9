package io.matchday.simulation;

import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.data.Odds;
import io.matchday.data.Season;
import io.matchday.data.Team;
import io.matchday.models.Forecast;
import io.matchday.models.ForecastBands;
import io.matchday.models.MissingPricesException;
import io.matchday.models.Model;
import io.matchday.models.ScoreGrid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Projects a season in progress to its final table. The table stands as it did at the end of the as-of day; the
 * remaining fixtures are every home-and-away pair not yet played (a double round robin), dated from the data where it
 * has them. A model forecasts each of them from {@value #PARAMETER_DRAWS} draws of its parameters (the model itself
 * when it carries no parameter distribution), each simulation takes one draw and samples every remaining score from
 * that draw's score grids, so the spread of the final table includes the model's own uncertainty. Ties on points are
 * broken by goal difference, then goals scored, then by lot.
 */
final class SeasonProjection {

    /** Parameter draws shared out over the simulations: enough to carry the spread, few enough to forecast quickly. */
    static final int PARAMETER_DRAWS = 100;

    private SeasonProjection() {
    }

    /**
     * What a projection starts from.
     *
     * @param seasonMatches every stored match of the season (those after {@code asOf} only lend their dates)
     * @param scheduled further known fixtures of the season (the source's fixture list), for their dates
     */
    public record Start(Division division, Season season, LocalDate asOf, List<Match> seasonMatches, List<Fixture> scheduled) {
    }

    /** The table at the start and the fixtures still to play. */
    public record Remaining(List<Team> teams, Map<Team, int[]> table, List<Fixture> fixtures) {
    }

    /** The standing table (played, points, goals for, goals against) and the remaining fixtures of a double round robin. */
    public static Remaining remaining(Start start) {
        LeagueFormat.of(start.division());
        List<Match> played = start.seasonMatches().stream().filter(m -> !m.date().isAfter(start.asOf())).toList();
        Set<Team> all = new TreeSet<>();
        start.seasonMatches().forEach(m -> {
            all.add(m.home());
            all.add(m.away());
        });
        start.scheduled().stream().filter(f -> Season.containing(f.date()).equals(start.season())).forEach(f -> {
            all.add(f.home());
            all.add(f.away());
        });
        if (all.size() < 4) {
            throw new MatchdayException("no season to project: " + start.division() + " " + start.season().label()
                    + " has " + all.size() + " teams in the data");
        }
        List<Team> teams = List.copyOf(all);
        Set<String> seen = new HashSet<>();
        for (Match m : played) {
            if (!seen.add(m.home() + "|" + m.away())) {
                throw new MatchdayException(start.division() + " " + start.season().label() + ": " + m.home() + " played "
                        + m.away() + " at home twice, so the season is not a double round robin and cannot be projected");
            }
        }
        Map<Team, int[]> table = table(teams, played);
        Map<String, LocalDate> dates = new HashMap<>();
        start.scheduled().forEach(f -> dates.put(f.home() + "|" + f.away(), f.date()));
        start.seasonMatches().stream().filter(m -> m.date().isAfter(start.asOf()))
                .forEach(m -> dates.put(m.home() + "|" + m.away(), m.date()));
        List<Fixture> fixtures = new ArrayList<>();
        for (Team home : teams) {
            for (Team away : teams) {
                String key = home + "|" + away;
                if (!home.equals(away) && !seen.contains(key)) {
                    LocalDate date = dates.getOrDefault(key, start.asOf().plusDays(1));
                    fixtures.add(new Fixture(start.division(), date.isAfter(start.asOf()) ? date : start.asOf().plusDays(1),
                            home, away, Odds.NONE));
                }
            }
        }
        fixtures.sort(java.util.Comparator.comparing(Fixture::date));
        return new Remaining(teams, table, fixtures);
    }

    /** Played, points, goals for and goals against of each of {@code teams} after {@code played}. */
    static Map<Team, int[]> table(List<Team> teams, List<Match> played) {
        Map<Team, int[]> table = new LinkedHashMap<>();
        teams.forEach(t -> table.put(t, new int[4]));
        for (Match m : played) {
            add(table.get(m.home()), m.fullTime().home(), m.fullTime().away(), m.fullTime().homePoints());
            add(table.get(m.away()), m.fullTime().away(), m.fullTime().home(), m.fullTime().awayPoints());
        }
        return table;
    }

    private static void add(int[] row, int scored, int conceded, int points) {
        row[0]++;
        row[1] += points;
        row[2] += scored;
        row[3] += conceded;
    }

    /** The remaining fixtures' score grids: one row per parameter draw. */
    public record Grids(List<Team> teams, Map<Team, int[]> table, List<Fixture> fixtures, float[][][] cdf, int columns) {
    }

    /** Forecasts every remaining fixture under each parameter draw of {@code model}. */
    public static Grids grids(Remaining remaining, Model model, long seed) {
        List<Model> draws = ForecastBands.draw(model, PARAMETER_DRAWS, seed);
        if (draws.isEmpty()) {
            draws = List.of(model);
        }
        int columns = ImpliedGoals.MAX_GOALS + 1;
        float[][][] cdf = new float[draws.size()][remaining.fixtures().size()][];
        for (int k = 0; k < draws.size(); k++) {
            for (int j = 0; j < remaining.fixtures().size(); j++) {
                cdf[k][j] = cumulative(grid(draws.get(k), remaining.fixtures().get(j)), columns);
            }
        }
        return new Grids(remaining.teams(), remaining.table(), remaining.fixtures(), cdf, columns);
    }

    private static ScoreGrid grid(Model model, Fixture fixture) {
        Forecast f;
        try {
            f = model.forecast(fixture);
        } catch (MissingPricesException e) {
            throw new MatchdayException("model " + model.name() + " forecasts from prices, which future fixtures do not have: "
                    + "project with a price-free model");
        }
        return f.grid() != null ? f.grid() : ImpliedGoals.grid(f.home(), f.away());
    }

    /** Cumulative scoreline probabilities, row-major over home goals 0..columns−1 and away goals likewise. */
    private static float[] cumulative(ScoreGrid grid, int columns) {
        float[] c = new float[columns * columns];
        double sum = 0;
        for (int i = 0; i < columns; i++) {
            for (int j = 0; j < columns; j++) {
                if (i <= grid.maxGoals() && j <= grid.maxGoals()) {
                    sum += grid.probability(i, j);
                }
                c[i * columns + j] = (float) sum;
            }
        }
        c[c.length - 1] = Float.MAX_VALUE;   // whatever rounding left, the last cell takes
        return c;
    }

    /** Simulates the rest of the season {@code simulations} times. */
    public static Projection simulate(Start start, Grids grids, String modelName, int simulations, long seed) {
        if (simulations < 1) {
            throw new MatchdayException("simulations must be 1 or more, not " + simulations);
        }
        LeagueFormat format = LeagueFormat.of(start.division());
        List<Team> teams = grids.teams();
        int n = teams.size();
        Map<Team, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(teams.get(i), i);
        }
        int fixtures = grids.fixtures().size();
        int[] home = new int[fixtures];
        int[] away = new int[fixtures];
        for (int j = 0; j < fixtures; j++) {
            home[j] = index.get(grids.fixtures().get(j).home());
            away[j] = index.get(grids.fixtures().get(j).away());
        }
        int[] points0 = new int[n];
        int[] gf0 = new int[n];
        int[] ga0 = new int[n];
        for (int i = 0; i < n; i++) {
            int[] row = grids.table().get(teams.get(i));
            points0[i] = row[1];
            gf0[i] = row[2];
            ga0[i] = row[3];
        }
        long[][] positions = new long[n][n];
        double[] pointsSum = new double[n];
        SplittableRandom random = new SplittableRandom(seed);
        int[] points = new int[n];
        int[] gf = new int[n];
        int[] ga = new int[n];
        long[] key = new long[n];
        int columns = grids.columns();
        for (int s = 0; s < simulations; s++) {
            float[][] cdf = grids.cdf()[s % grids.cdf().length];
            System.arraycopy(points0, 0, points, 0, n);
            System.arraycopy(gf0, 0, gf, 0, n);
            System.arraycopy(ga0, 0, ga, 0, n);
            for (int j = 0; j < fixtures; j++) {
                int cell = search(cdf[j], (float) random.nextDouble());
                int hg = cell / columns;
                int ag = cell % columns;
                gf[home[j]] += hg;
                ga[home[j]] += ag;
                gf[away[j]] += ag;
                ga[away[j]] += hg;
                if (hg > ag) {
                    points[home[j]] += 3;
                } else if (hg == ag) {
                    points[home[j]]++;
                    points[away[j]]++;
                } else {
                    points[away[j]] += 3;
                }
            }
            for (int i = 0; i < n; i++) {
                pointsSum[i] += points[i];
                // points, then goal difference, then goals for, then lot; team index in the low bits keeps keys apart
                key[i] = ((((long) points[i] * 1024 + (gf[i] - ga[i] + 512)) * 1024 + gf[i]) * 1024
                        + random.nextInt(1024)) * 64 + i;
            }
            Arrays.sort(key);
            for (int place = 0; place < n; place++) {
                positions[(int) (key[n - 1 - place] % 64)][place]++;
            }
        }
        List<Projection.TeamProjection> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] p = new double[n];
            for (int place = 0; place < n; place++) {
                p[place] = (double) positions[i][place] / simulations;
            }
            double top4 = 0;
            for (int place = 0; place < Math.min(format.europePlaces(), n); place++) {
                top4 += p[place];
            }
            double relegation = 0;
            for (int place = n - format.relegationPlaces(); place < n; place++) {
                relegation += p[place];
            }
            int[] row = grids.table().get(teams.get(i));
            rows.add(new Projection.TeamProjection(teams.get(i).name(), row[0], row[1], row[2] - row[3], row[2],
                    pointsSum[i] / simulations, p[0], top4, relegation, p));
        }
        rows.sort(java.util.Comparator.comparingDouble(Projection.TeamProjection::expectedPoints).reversed()
                .thenComparing(Projection.TeamProjection::team));
        return new Projection(start.division().code(), start.season().label(), start.asOf(), simulations, modelName, fixtures,
                format.relegationPlaces(), rows);
    }

    private static int search(float[] cdf, float u) {
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
