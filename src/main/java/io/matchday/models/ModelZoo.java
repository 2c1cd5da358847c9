package io.matchday.models;

import io.matchday.features.Hyperparameters;
import io.matchday.MatchdayException;
import io.matchday.features.EloConfig;
import io.matchday.features.FeatureBuilder;
import io.matchday.features.FeatureConfig;
import io.matchday.features.GapConfig;
import io.matchday.features.StateSpaceConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Every model Matchday has, by name, with its default (tuned) configuration. */
public final class ModelZoo {

    /** The market benchmark: de-vigged average closing prices. */
    public static final String MARKET = "market";

    private static final Map<String, Supplier<Trainer>> TRAINERS = registry();
    private static final String ENSEMBLE = "ensemble";
    private static final String ENSEMBLE_NO_PRICES = "ensemble-no-prices";

    private static Map<String, Supplier<Trainer>> registry() {
        Hyperparameters tuned = Hyperparameters.defaults();
        Map<String, Supplier<Trainer>> trainers = new LinkedHashMap<>();
        trainers.put(MARKET, () -> new MarketTrainer(MARKET, MarketTrainer.Config.CLOSING_AVERAGE));
        trainers.put("market-open", () -> new MarketTrainer("market-open", MarketTrainer.Config.PRE_CLOSING_AVERAGE));
        trainers.put("climatology", () -> new ClimatologyTrainer(ClimatologyTrainer.DEFAULT_MATCHES));
        trainers.put("elo", () -> elo(EloConfig.DEFAULT));
        trainers.put("pi-ratings", () -> new FeatureModelTrainer(new FeatureModelTrainer.Config("pi-ratings",
                FeatureConfig.PRICE_FREE_MODELS, List.of("pi_gd"), tuned.number("pi_link.l2"), tuned.integer("feature_models.recent"))));
        trainers.put("dixon-coles", () -> new DixonColesTrainer(DixonColesConfig.DEFAULT));
        // logistic keeps the features it had before GAP ratings: with them it was worse on the tuning seasons
        trainers.put("logistic", () -> new FeatureModelTrainer(new FeatureModelTrainer.Config("logistic",
                FeatureConfig.PRICE_FREE_MODELS, new FeatureBuilder(FeatureConfig.WITHOUT_PRICES).names(), tuned.number("logistic.l2"), tuned.integer("feature_models.recent"))));
        trainers.put("gap", () -> gap(GapConfig.DEFAULT));
        trainers.put("state-space", () -> stateSpace(StateSpaceConfig.DEFAULT));
        trainers.put("gbm", () -> new BoostedTreesTrainer(BoostedTreesTrainer.Config.gbm()));
        trainers.put("seed-rf", () -> new BoostedTreesTrainer(BoostedTreesTrainer.Config.seedRandomForest()));
        return java.util.Collections.unmodifiableMap(trainers);
    }

    /**
     * The price-free candidates for a division's champion, best first by the five-league panel (2019-20..2023-24 RPS
     * against Dixon–Coles): the first is the default, and Dixon–Coles is the baseline the others beat there.
     */
    public static final List<String> PRICE_FREE_CANDIDATES = List.of(ENSEMBLE_NO_PRICES, "state-space", "gap", "dixon-coles");

    /** The candidates for forecasts made with prices, the default first: both level with the pre-closing market on the panel. */
    public static final List<String> PRICED_CANDIDATES = List.of(ENSEMBLE, "gbm");

    private ModelZoo() {
    }

    /** The {@code elo} model on ratings computed with {@code elo}: the zoo's own, or one a tuning run tries. */
    public static Trainer elo(EloConfig elo) {
        Hyperparameters tuned = Hyperparameters.defaults();
        FeatureConfig f = FeatureConfig.PRICE_FREE_MODELS;
        return new FeatureModelTrainer(new FeatureModelTrainer.Config("elo", f.withElo(elo),
                List.of("elo_diff"), tuned.number("elo_link.l2"), tuned.integer("feature_models.recent")));
    }

    /** The {@code gap} model on GAP ratings computed with {@code gap}: the zoo's own, or one a tuning run tries. */
    public static Trainer gap(GapConfig gap) {
        Hyperparameters tuned = Hyperparameters.defaults();
        return new FeatureModelTrainer(new FeatureModelTrainer.Config("gap", FeatureConfig.PRICE_FREE_MODELS.withGap(gap),
                GapConfig.featureNames(), tuned.number("gap.l2"), tuned.integer("feature_models.recent")));
    }

    /** The {@code state-space} model on strengths filtered with {@code filter}: the zoo's own, or one a tuning run tries. */
    public static Trainer stateSpace(StateSpaceConfig filter) {
        Hyperparameters tuned = Hyperparameters.defaults();
        return new FeatureModelTrainer(new FeatureModelTrainer.Config("state-space",
                FeatureConfig.PRICE_FREE_MODELS.withStateSpace(filter), StateSpaceConfig.featureNames(),
                tuned.number("state_space.l2"), tuned.integer("feature_models.recent")));
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>(TRAINERS.keySet());
        names.add(ENSEMBLE);
        names.add(ENSEMBLE_NO_PRICES);
        return List.copyOf(names);
    }

    public static Trainer trainer(String name) {
        return trainer(name, new ModelCache());
    }

    /**
     * The de-vigged closing market as a model, to score forecasts beside it. It learns nothing, so
     * the first stored match serves as its (provenance-only) training window.
     */
    public static Model closingMarket(List<io.matchday.data.Match> history) {
        return trainer(MARKET).train(TrainingData.all(history.subList(0, 1)));
    }

    /** A trainer whose fits (and an ensemble's component fits) go through {@code cache}. */
    public static Trainer trainer(String name, ModelCache cache) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.equals(ENSEMBLE)) {
            return new EnsembleTrainer(ENSEMBLE, EnsembleTrainer.Config.DEFAULT, cache);
        }
        if (key.equals(ENSEMBLE_NO_PRICES)) {
            return new EnsembleTrainer(ENSEMBLE_NO_PRICES, EnsembleTrainer.Config.NO_PRICES, cache);
        }
        Supplier<Trainer> trainer = TRAINERS.get(key);
        if (trainer == null) {
            throw new MatchdayException("unknown model '" + name + "' (one of " + String.join(", ", names()) + ")");
        }
        return cache.caching(trainer.get());
    }

    /** {@code all}, or names separated by commas. The market benchmark is always included first. */
    public static List<Trainer> trainers(String spec) {
        return trainers(spec, MARKET);
    }

    /** {@code all}, or names separated by commas, after {@code benchmark}, which is always included first. */
    public static List<Trainer> trainers(String spec, String benchmark) {
        List<String> names = spec.equalsIgnoreCase("all") ? names() : List.of(spec.split(","));
        ModelCache cache = new ModelCache();
        List<Trainer> trainers = new ArrayList<>();
        trainers.add(trainer(benchmark, cache));
        String first = trainers.get(0).name();
        for (String name : names) {
            if (!name.strip().equalsIgnoreCase(first)) {
                trainers.add(trainer(name, cache));
            }
        }
        return trainers;
    }
}
