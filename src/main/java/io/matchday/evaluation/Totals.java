package io.matchday.evaluation;

import io.matchday.data.Match;
import io.matchday.data.TotalGoalsPrices;
import io.matchday.models.Forecast;
import io.matchday.models.ScoreGrid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The totals market: models with a score grid scored on over/under 2.5 goals beside the de-vigged
 * over/under 2.5 prices (market average, {@code Avg} or BetBrain's {@code BbAv} in older files; closing
 * prices when the backtest's benchmark is the closing market, pre-closing otherwise), on the matches
 * that have both prices. Binary log loss, Brier score and calibration error, and each model's paired
 * bootstrap difference to the market.
 *
 * @param prices  which prices stood in for the market
 * @param matches how many scored matches had both over/under prices
 */
public record Totals(String prices, int matches, Score market, Map<String, Score> models) {

    static final double LINE = 2.5;
    private static final List<String> AVERAGES = List.of("Avg", "BbAv");

    public Totals {
        models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }

    /** One forecaster's over/under scores; the deltas are to the market (null for the market itself). */
    public record Score(double logLoss, double brier, double ece, PairedBootstrap.Difference deltaLogLoss,
                        PairedBootstrap.Difference deltaBrier) {
    }

    /**
     * @param names     the models, in the order of {@code forecasts}
     * @param forecasts per model, the forecast of each scored match (same order as {@code matches})
     * @return empty when no model has a score grid or no match has over/under prices
     */
    static Optional<Totals> of(List<String> names, List<Forecast[]> forecasts, List<Match> matches, boolean closing,
                               PairedBootstrap bootstrap) {
        Optional<Totals> preferred = against(names, forecasts, matches, closing, bootstrap);
        // Files before 2019-20 have no closing over/under prices: then the pre-closing ones stand in.
        return preferred.isPresent() || !closing ? preferred : against(names, forecasts, matches, false, bootstrap);
    }

    private static Optional<Totals> against(List<String> names, List<Forecast[]> forecasts, List<Match> matches,
                                            boolean closing, PairedBootstrap bootstrap) {
        List<Integer> priced = new ArrayList<>();
        List<Double> marketOver = new ArrayList<>();
        for (int k = 0; k < matches.size(); k++) {
            Optional<Double> p = devigged(matches.get(k), closing);
            if (p.isPresent()) {
                priced.add(k);
                marketOver.add(p.get());
            }
        }
        if (priced.isEmpty()) {
            return Optional.empty();
        }
        boolean[] over = new boolean[priced.size()];
        for (int i = 0; i < over.length; i++) {
            Match m = matches.get(priced.get(i));
            over[i] = m.fullTime().home() + m.fullTime().away() > LINE;
        }
        double[] market = marketOver.stream().mapToDouble(Double::doubleValue).toArray();
        double[] marketLog = logLosses(market, over);
        double[] marketBrier = briers(market, over);
        Map<String, Score> models = new LinkedHashMap<>();
        for (int t = 0; t < names.size(); t++) {
            double[] p = new double[priced.size()];
            boolean grid = true;
            for (int i = 0; i < p.length && grid; i++) {
                Optional<ScoreGrid> g = forecasts.get(t)[priced.get(i)].scoreGrid();
                grid = g.isPresent();
                p[i] = grid ? g.get().over(LINE) : 0;
            }
            if (grid) {
                double[] log = logLosses(p, over);
                double[] brier = briers(p, over);
                models.put(names.get(t), new Score(mean(log), mean(brier), ece(p, over),
                        bootstrap.difference(log, marketLog), bootstrap.difference(brier, marketBrier)));
            }
        }
        if (models.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Totals("de-vigged " + (closing ? "closing" : "pre-closing") + " average over/under 2.5",
                priced.size(), new Score(mean(marketLog), mean(marketBrier), ece(market, over), null, null), models));
    }

    /** P(over 2.5) from the market-average over/under prices, margin removed proportionally. */
    static Optional<Double> devigged(Match match, boolean closing) {
        for (String bookmaker : AVERAGES) {
            for (TotalGoalsPrices t : match.odds().totals()) {
                if (t.bookmaker().equals(bookmaker) && t.closing() == closing && t.line() == LINE && t.over() != null
                        && t.under() != null) {
                    double o = 1 / t.over();
                    double u = 1 / t.under();
                    return Optional.of(o / (o + u));
                }
            }
        }
        return Optional.empty();
    }

    private static double[] logLosses(double[] p, boolean[] over) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-15, Math.max(1e-15, over[i] ? p[i] : 1 - p[i]));
            out[i] = -Math.log(q);
        }
        return out;
    }

    private static double[] briers(double[] p, boolean[] over) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - (over[i] ? 1 : 0);
            out[i] = d * d;
        }
        return out;
    }

    /** Expected calibration error over ten equal-width bins of the forecast probability. */
    static double ece(double[] p, boolean[] over) {
        double[] sumP = new double[10];
        double[] sumY = new double[10];
        int[] count = new int[10];
        for (int i = 0; i < p.length; i++) {
            int bin = Math.min(9, (int) (p[i] * 10));
            sumP[bin] += p[i];
            sumY[bin] += over[i] ? 1 : 0;
            count[bin]++;
        }
        double e = 0;
        for (int b = 0; b < 10; b++) {
            if (count[b] > 0) {
                e += Math.abs(sumP[b] - sumY[b]) / p.length;
            }
        }
        return e;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
