package io.matchday.models;

import io.matchday.features.Hyperparameters;
import io.matchday.MatchdayException;
import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.data.OutcomePrices;
import io.matchday.features.FeatureConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.IObjective;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Tree ensembles from XGBoost on point-in-time features, with probability outputs
 * ({@code multi:softprob}). Two presets: {@code gbm}, gradient boosting on every feature, and
 * {@code seed-rf}, the reference system's random forest made honest — 100 trees of depth 10 (XGBoost
 * in random-forest mode) on the Bet365 pre-closing prices and pre-match averages of its twelve match
 * statistics. Single-threaded and seeded, so the same window gives the same model.
 */
public final class BoostedTreesTrainer implements Trainer {

    /**
     * Whether XGBoost's native library loads on this machine, and if not why: it needs the OpenMP runtime
     * ({@code libgomp.so.1}, Debian's and Ubuntu's {@code libgomp1}), which minimal container images may lack.
     * Probed once per process.
     */
    public static Optional<String> nativeLibraryProblem() {
        return NativeProbe.PROBLEM;
    }

    private static final class NativeProbe {
        private static final Optional<String> PROBLEM = probe();

        private static Optional<String> probe() {
            try {
                new DMatrix(new float[]{0f}, 1, 1, Float.NaN).dispose();
                return Optional.empty();
            } catch (XGBoostError | LinkageError | RuntimeException e) {
                return Optional.of("XGBoost's native library does not load here (" + e
                        + "); it needs the OpenMP runtime libgomp.so.1 (Debian's and Ubuntu's libgomp1)");
            }
        }
    }


    /** Features the reference system's model uses, as pre-match averages. */
    static final List<String> SEED_RF_STATS = List.of("home_sf", "away_sf", "home_stf", "away_stf", "home_corners",
            "away_corners", "home_fouls", "away_fouls", "home_yellow", "away_yellow", "home_red", "away_red");

    /**
     * @param use feature names (empty: all); {@code bet365Prices} adds the three Bet365 pre-closing prices
     * @param parameters XGBoost parameters
     * @param marketMargin start every row from the de-vigged pre-closing market: its log-probabilities are the
     *                     boosting's base margin, so the trees learn corrections to the market instead of
     *                     re-learning it (needs the market features)
     */
    public record Config(String name, FeatureConfig features, List<String> use, boolean bet365Prices,
                         Map<String, Object> parameters, int rounds, int recentMatches, boolean marketMargin) {

        /**
         * Gradient boosting on every feature, starting from the market; parameters from
         * {@code hyperparameters.properties} ({@code gbm.*}).
         */
        public static Config gbm() {
            Hyperparameters h = Hyperparameters.defaults();
            return new Config("gbm", FeatureConfig.WITH_PRICES, List.of(), false, h.group("gbm.xgb"),
                    h.integer("gbm.rounds"), h.integer("gbm.recent"), h.bool("gbm.market_margin"));
        }

        /** The honest reference forest; parameters from {@code hyperparameters.properties} ({@code seed_rf.*}). */
        public static Config seedRandomForest() {
            Hyperparameters h = Hyperparameters.defaults();
            return new Config("seed-rf", FeatureConfig.PRICE_FREE_MODELS, SEED_RF_STATS, true, h.group("seed_rf.xgb"),
                    h.integer("seed_rf.rounds"), h.integer("seed_rf.recent"), false);
        }

        public Config with(Map<String, Object> parameters, int rounds, boolean marketMargin) {
            return new Config(name, features, use, bet365Prices, parameters, rounds, recentMatches, marketMargin);
        }
    }

    private final Config config;

    public BoostedTreesTrainer(Config config) {
        this.config = config;
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public boolean usesPrices() {
        return config.bet365Prices() || config.features().marketProbabilities();
    }

    @Override
    public boolean readsClosingPrices() {
        return false;
    }

    @Override
    public Model train(TrainingData data) {
        FeatureSelection features = FeatureSelection.of(config.features(), config.use(), data);
        int width = features.columns().length + (config.bet365Prices() ? 3 : 0);
        List<Match> matches = features.matches();
        List<float[]> rows = new ArrayList<>();
        List<Float> labels = new ArrayList<>();
        for (int i = features.recentFrom(config.recentMatches()); i < matches.size(); i++) {
            Optional<float[]> row = row(features.row(i), matches.get(i).fixture(), width);
            if (row.isPresent()) {
                rows.add(row.get());
                labels.add((float) matches.get(i).result().ordinal());
            }
        }
        int[] market = config.marketMargin() ? marketColumns(features.names()) : null;
        Booster booster = fit(rows, labels, width, market);
        Map<String, Object> parameters = new LinkedHashMap<>(config.parameters());
        parameters.put("rounds", config.rounds());
        parameters.put("features", features.names());
        parameters.put("bet365_prices", config.bet365Prices());
        parameters.put("training_rows", rows.size());
        parameters.put("market_margin", config.marketMargin());
        return new TreeModel(config.name(), usesPrices(), features.snapshot(), width, booster, market,
                ModelProvenance.of(config.name(), parameters, data));
    }

    /** Where the de-vigged market's three probabilities sit in the feature row. */
    static int[] marketColumns(List<String> names) {
        int[] columns = {names.indexOf("market_home"), names.indexOf("market_draw"), names.indexOf("market_away")};
        if (columns[0] < 0 || columns[1] < 0 || columns[2] < 0) {
            throw new MatchdayException("a market base margin needs the market features");
        }
        return columns;
    }

    /** Each row's base margin, one per class: the market's log-probabilities (softmax is shift-invariant). */
    static float[][] margins(List<float[]> rows, int[] market) {
        float[][] margin = new float[rows.size()][3];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < 3; k++) {
                margin[i][k] = (float) Math.log(Math.max(1e-6, rows.get(i)[market[k]]));
            }
        }
        return margin;
    }

    private Booster fit(List<float[]> rows, List<Float> labels, int width, int[] market) {
        float[] flat = new float[rows.size() * width];
        float[] y = new float[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, flat, i * width, width);
            y[i] = labels.get(i);
        }
        Map<String, Object> params = new LinkedHashMap<>(config.parameters());
        params.put("num_class", 3);
        MarketOffset offset = null;
        if (market != null) {
            // XGBoost4J takes one base margin per row, not per class: the softmax around the market's
            // log-probabilities is our own objective instead, and trees start from zero.
            offset = new MarketOffset(margins(rows, market), y);
            params.put("base_score", 0.0);
            params.put("disable_default_eval_metric", 1);
        } else {
            params.put("objective", "multi:softprob");
        }
        params.put("seed", 7);
        params.put("nthread", 1);
        params.put("verbosity", 0);
        try {
            DMatrix train = new DMatrix(flat, rows.size(), width, Float.NaN);
            try {
                train.setLabel(y);
                return XGBoost.train(train, params, config.rounds(), Map.of(), offset, null);
            } finally {
                train.dispose();
            }
        } catch (XGBoostError e) {
            throw new MatchdayException("XGBoost training failed: " + e.getMessage(), e);
        }
    }

    /** The learner's input: the chosen features, then (for seed-rf) the three Bet365 pre-closing prices. */
    static Optional<float[]> row(double[] features, Fixture fixture, int width) {
        float[] row = new float[width];
        for (int j = 0; j < features.length; j++) {
            row[j] = (float) features[j];
        }
        int columns = features.length;
        if (width > columns) {
            Optional<OutcomePrices> prices = fixture.odds().opening("B365").or(() -> fixture.odds().averageOpening());
            if (prices.isEmpty()) {
                return Optional.empty();
            }
            row[columns] = (float) prices.get().home();
            row[columns + 1] = (float) prices.get().draw();
            row[columns + 2] = (float) prices.get().away();
        }
        return Optional.of(row);
    }

    /**
     * Softmax loss around a per-row offset: the class probabilities are {@code softmax(offset + F)}, where
     * {@code F} is what the trees add. With the market's log-probabilities as the offset, boosting learns
     * corrections to the market, and stops at the market when there is nothing to correct.
     */
    static final class MarketOffset implements IObjective {
        private static final long serialVersionUID = 1L;
        private final float[][] offset;
        private final float[] labels;

        MarketOffset(float[][] offset, float[] labels) {
            this.offset = offset;
            this.labels = labels;
        }

        @Override
        public List<float[]> getGradient(float[][] predicts, DMatrix data) {
            int n = predicts.length;
            float[] grad = new float[n * 3];
            float[] hess = new float[n * 3];
            for (int i = 0; i < n; i++) {
                double[] p = softmax(offset[i], predicts[i]);
                for (int k = 0; k < 3; k++) {
                    double y = labels[i] == k ? 1 : 0;
                    grad[3 * i + k] = (float) (p[k] - y);
                    hess[3 * i + k] = (float) Math.max(2 * p[k] * (1 - p[k]), 1e-6);
                }
            }
            return List.of(grad, hess);
        }

        static double[] softmax(float[] offset, float[] raw) {
            double[] z = new double[3];
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 3; k++) {
                z[k] = (double) offset[k] + raw[k];
                max = Math.max(max, z[k]);
            }
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                z[k] = Math.exp(z[k] - max);
                sum += z[k];
            }
            for (int k = 0; k < 3; k++) {
                z[k] /= sum;
            }
            return z;
        }
    }

    /** {@code market}: the columns of the market probabilities that form the base margin, or null for none. */
    record TreeModel(String name, boolean usesPrices, FeatureSelection.Snapshot features, int width,
                             Booster booster, int[] market, ModelProvenance provenance) implements Model {
        /** The booster in XGBoost's own format (UBJSON), which it reloads exactly. */
        byte[] boosterBytes() {
            try {
                return booster.toByteArray("ubj");
            } catch (XGBoostError e) {
                throw new MatchdayException("cannot save the XGBoost model: " + e.getMessage(), e);
            }
        }

        static Booster loadBooster(byte[] bytes) {
            try {
                return XGBoost.loadModel(bytes);
            } catch (XGBoostError | java.io.IOException e) {
                throw new MatchdayException("cannot load the saved XGBoost model: " + e.getMessage(), e);
            }
        }

        /**
         * XGBoost's own per-feature contributions (TreeSHAP) to the trees' logits, grouped by football factor; with a
         * market base margin, the market's log-probabilities join the market group. The groups then pass through the
         * softmax with exact Shapley values, against an even market and the trees' bias.
         */
        @Override
        public Optional<Explanation> explain(Fixture fixture) {
            float[] row = row(features.forFixture(fixture), fixture, width)
                    .orElseThrow(() -> new MissingPricesException(name, fixture, "pre-closing Bet365"));
            float[] contributions;
            float[] raw;
            try {
                DMatrix matrix = new DMatrix(row, 1, width, Float.NaN);
                try {
                    contributions = booster.predictContrib(matrix, 0)[0];
                    raw = booster.predict(matrix, true)[0];
                } finally {
                    matrix.dispose();
                }
            } catch (XGBoostError e) {
                throw new MatchdayException("XGBoost contributions failed: " + e.getMessage(), e);
            }
            List<String> names = new ArrayList<>(features.names());
            while (names.size() < width) {
                names.add("market_bet365_" + names.size());
            }
            int stride = width + 1;
            FactorGroups.Logits logits = new FactorGroups.Logits(new double[3]);
            for (int j = 0; j < width; j++) {
                logits.add(FactorGroups.of(names.get(j)),
                        new double[]{contributions[j], contributions[stride + j], contributions[2 * stride + j]});
            }
            // the bias: what the contributions leave of the trees' logits (their float sums differ in the 7th digit)
            logits.baselineFrom(new double[]{raw[0], raw[1], raw[2]});
            if (market != null) {
                float[] margin = margins(List.of(row), market)[0];
                double even = Math.log(1.0 / 3);
                logits.add(FactorGroups.MARKET, new double[]{margin[0] - even, margin[1] - even, margin[2] - even});
            }
            return Optional.of(logits.explain());
        }

        @Override
        public Forecast forecast(Fixture fixture) {
            float[] row = row(features.forFixture(fixture), fixture, width)
                    .orElseThrow(() -> new MissingPricesException(name, fixture, "pre-closing Bet365"));
            try {
                DMatrix matrix = new DMatrix(row, 1, width, Float.NaN);
                try {
                    // the trees' logits through a softmax in double precision, so an explanation adds up to it exactly
                    float[] offset = market != null ? margins(List.of(row), market)[0] : new float[3];
                    double[] p = MarketOffset.softmax(offset, booster.predict(matrix, true)[0]);
                    double total = p[0] + p[1] + p[2];
                    double home = p[0] / total;
                    double draw = p[1] / total;
                    return Forecast.of(name, fixture, new double[]{home, draw, 1 - home - draw});
                } finally {
                    matrix.dispose();
                }
            } catch (XGBoostError e) {
                throw new MatchdayException("XGBoost prediction failed: " + e.getMessage(), e);
            }
        }
    }
}
