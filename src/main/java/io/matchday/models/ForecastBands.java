package io.matchday.models;

import io.matchday.MatchdayException;
import io.matchday.data.Fixture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Bands of one model's forecasts: {@value #DRAWS} models drawn once (seeded, so the same model gives the
 * same bands) from its parameters' approximate distribution, and each band the quantiles of their forecasts.
 * Thread-safe; the draws are made on first use.
 */
public final class ForecastBands {

    public static final int DRAWS = 400;
    static final long SEED = 20_231_231L;

    private final Model model;
    private volatile List<Model> draws;
    /** For a pool: its members' bands, weighted and added (see {@link #band}). */
    private final List<ForecastBands> members;
    private final double[] weights;

    public ForecastBands(Model model) {
        this.model = model;
        if (model instanceof EnsembleTrainer.Ensemble pool) {
            this.members = pool.components().stream().map(ForecastBands::new).toList();
            this.weights = pool.weights().clone();
        } else {
            this.members = List.of();
            this.weights = new double[0];
        }
    }

    /** Checks a band level: strictly between 0 and 1. */
    public static double checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new MatchdayException("an interval level is strictly between 0 and 1, not " + level);
        }
        return level;
    }

    /** The models drawn, or empty when the model has no parameter distribution. */
    public List<Model> draws() {
        List<Model> d = draws;
        if (d == null) {
            synchronized (this) {
                d = draws;
                if (d == null) {
                    d = draw(model, DRAWS, SEED);
                    draws = d;
                }
            }
        }
        return d;
    }

    /** {@code count} models drawn from {@code model}'s parameter distribution with {@code seed}; empty if it has none. */
    public static List<Model> draw(Model model, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Model> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Optional<Model> m = model.draw(random);
            if (m.isEmpty()) {
                return List.of();
            }
            drawn.add(m.get());
        }
        return List.copyOf(drawn);
    }

    /**
     * The central {@code level} band of the fixture's forecast, or empty when the model has no parameter distribution.
     * A pool's band is its members' bands weighted and added, bound by bound — the band of the pool if its members err
     * together, as members fitted to the same matches largely do (drawn independently, their errors would average out
     * and the band would cover the truth about half as often as it says). A member without a distribution adds its
     * forecast to both bounds.
     */
    public Optional<ForecastBand> band(Fixture fixture, double level) {
        checkLevel(level);
        return spread(fixture).map(s -> s.band(level));
    }

    /** The fixture's forecasts under every draw, from which a band of any level follows; empty without a distribution. */
    public Optional<Spread> spread(Fixture fixture) {
        if (!members.isEmpty()) {
            List<Spread> spreads = new ArrayList<>();
            double[][] points = new double[members.size()][];
            boolean any = false;
            for (int k = 0; k < members.size(); k++) {
                Optional<Spread> m = members.get(k).spread(fixture);
                spreads.add(m.orElse(null));
                any |= m.isPresent();
                if (m.isEmpty()) {
                    Forecast f = members.get(k).model.forecast(fixture);
                    points[k] = new double[]{f.home(), f.draw(), f.away(), f.grid() == null ? Double.NaN : f.grid().over(2.5)};
                }
            }
            return any ? Optional.of(new Spread(null, spreads, weights, points)) : Optional.empty();
        }
        List<Model> models = draws();
        if (models.isEmpty()) {
            return Optional.empty();
        }
        int n = models.size();
        double[][] values = new double[4][n];
        boolean over = true;
        for (int i = 0; i < n; i++) {
            Forecast f = models.get(i).forecast(fixture);
            values[0][i] = f.home();
            values[1][i] = f.draw();
            values[2][i] = f.away();
            if (f.grid() == null) {
                over = false;
            } else {
                values[3][i] = f.grid().over(2.5);
            }
        }
        for (double[] v : values) {
            Arrays.sort(v);
        }
        if (!over) {
            values[3] = null;
        }
        return Optional.of(new Spread(values, List.of(), new double[0], new double[0][]));
    }

    /**
     * A fixture's forecasts under the parameters' uncertainty: for one model its drawn models' probabilities, sorted;
     * for a pool its members' spreads (or, for a member without one, its forecast) and weights.
     */
    public static final class Spread {
        private final double[][] sorted;
        private final List<Spread> members;
        private final double[] weights;
        private final double[][] points;

        private Spread(double[][] sorted, List<Spread> members, double[] weights, double[][] points) {
            this.sorted = sorted;
            this.members = members;
            this.weights = weights;
            this.points = points;
        }

        /** The central band at {@code level}. */
        public ForecastBand band(double level) {
            checkLevel(level);
            if (sorted != null) {
                return new ForecastBand(level, interval(sorted[0], level), interval(sorted[1], level),
                        interval(sorted[2], level), sorted[3] == null ? null : interval(sorted[3], level));
            }
            double[][] sum = new double[4][2];
            boolean over = true;
            for (int k = 0; k < members.size(); k++) {
                double[][] bounds;
                if (members.get(k) != null) {
                    ForecastBand b = members.get(k).band(level);
                    bounds = new double[][]{b.home(), b.draw(), b.away(), b.over()};
                } else {
                    double[] p = points[k];
                    bounds = new double[][]{{p[0], p[0]}, {p[1], p[1]}, {p[2], p[2]}, Double.isNaN(p[3]) ? null : new double[]{p[3], p[3]}};
                }
                for (int c = 0; c < 4; c++) {
                    if (bounds[c] == null) {
                        over &= c != 3;
                        continue;
                    }
                    sum[c][0] += weights[k] * bounds[c][0];
                    sum[c][1] += weights[k] * bounds[c][1];
                }
            }
            return new ForecastBand(level, sum[0], sum[1], sum[2], over ? sum[3] : null);
        }
    }

    /** The empirical central interval: quantiles (1 − level)/2 and (1 + level)/2 of sorted values, interpolated. */
    static double[] interval(double[] sorted, double level) {
        return new double[]{quantile(sorted, (1 - level) / 2), quantile(sorted, (1 + level) / 2)};
    }
    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double t = position - below;
        return sorted[below] * (1 - t) + sorted[above] * t;
    }
}
