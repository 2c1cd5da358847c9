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
        if (!members.isEmpty()) {
            return poolBand(fixture, level);
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
        return Optional.of(new ForecastBand(level, interval(values[0], level), interval(values[1], level),
                interval(values[2], level), over ? interval(values[3], level) : null));
    }

    private Optional<ForecastBand> poolBand(Fixture fixture, double level) {
        double[][] sum = new double[4][2];
        boolean any = false;
        boolean over = true;
        for (int k = 0; k < members.size(); k++) {
            Optional<ForecastBand> b = members.get(k).band(fixture, level);
            double[][] bounds;
            if (b.isPresent()) {
                any = true;
                bounds = new double[][]{b.get().home(), b.get().draw(), b.get().away(), b.get().over()};
            } else {
                Forecast f = members.get(k).model.forecast(fixture);
                double o = f.grid() == null ? Double.NaN : f.grid().over(2.5);
                bounds = new double[][]{{f.home(), f.home()}, {f.draw(), f.draw()}, {f.away(), f.away()}, {o, o}};
            }
            for (int c = 0; c < 4; c++) {
                if (bounds[c] == null || Double.isNaN(bounds[c][0])) {
                    over &= c != 3;
                    continue;
                }
                sum[c][0] += weights[k] * bounds[c][0];
                sum[c][1] += weights[k] * bounds[c][1];
            }
        }
        return any ? Optional.of(new ForecastBand(level, sum[0], sum[1], sum[2], over ? sum[3] : null)) : Optional.empty();
    }

    /** The empirical central interval: quantiles (1 − level)/2 and (1 + level)/2, interpolated. */
    static double[] interval(double[] values, double level) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
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
