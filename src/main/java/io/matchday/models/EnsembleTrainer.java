package io.matchday.models;

import io.matchday.data.Fixture;
import io.matchday.data.Match;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear pool: a weighted average of other models' probabilities. The weights are fitted, by
 * log loss, on out-of-sample forecasts of the last {@code holdoutMonths} before the cutoff: for
 * each month the components are trained on everything before that month and forecast it. Only
 * pre-closing prices reach the components. Component fits and their forecasts of those months go
 * through a {@link ModelCache}, shared with the run, so a backtest trains each component window
 * once and forecasts each past match once.
 */
final class EnsembleTrainer implements Trainer {

    private static final int HOLDOUT_MONTHS = io.matchday.features.Hyperparameters.defaults().integer("ensemble.holdout_months");
    private static final double ANCHOR = io.matchday.features.Hyperparameters.defaults().number("ensemble.anchor");

    /**
     * @param anchor pull of the first member's weight towards 1 (see {@link LinearPool#fit}); 0 for none
     * @param spread pull of all weights towards equal ones (see {@link LinearPool#fit(List, List, double, double)}); 0 for none
     */
    public record Config(List<String> components, int holdoutMonths, double anchor, double spread) {
        public Config(List<String> components, int holdoutMonths, double anchor) {
            this(components, holdoutMonths, anchor, 0);
        }

        public static final Config DEFAULT = new Config(
                // gbm (the market with learned corrections) rather than market-open: better on the tuning seasons
                // 2007-08..2009-10 in all five panel leagues (hyperparameters.properties, ensembles).
                List.of("gbm", "dixon-coles", "logistic", "elo", "pi-ratings"), HOLDOUT_MONTHS, ANCHOR);
        /** The same pool without any price-based member: the best the football alone can do. */
        public static final Config NO_PRICES = new Config(List.of("dixon-coles", "logistic", "elo", "pi-ratings", "gap"),
                HOLDOUT_MONTHS, 0, io.matchday.features.Hyperparameters.defaults().number("ensemble_no_prices.spread"));
    }

    private final String name;
    private final Config config;
    private final List<Trainer> components;
    private final ModelCache cache;

    public EnsembleTrainer(String name, Config config, ModelCache cache) {
        this.name = name;
        this.config = config;
        this.cache = cache;
        this.components = config.components().stream().map(c -> ModelZoo.trainer(c, cache)).toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean usesPrices() {
        return components.stream().anyMatch(Trainer::usesPrices);
    }

    @Override
    public boolean readsClosingPrices() {
        return false;
    }

    @Override
    public Model train(TrainingData data) {
        LocalDate cutoff = data.cutoff();
        LocalDate first = cutoff.withDayOfMonth(1).minusMonths(config.holdoutMonths());
        List<double[][]> rows = new ArrayList<>();
        List<Integer> outcomes = new ArrayList<>();
        for (LocalDate month = first; month.isBefore(cutoff); month = month.plusMonths(1)) {
            LocalDate start = month;
            LocalDate end = month.plusMonths(1).isBefore(cutoff) ? month.plusMonths(1) : cutoff;
            List<Match> target = data.matches().stream()
                    .filter(m -> !m.date().isBefore(start) && m.date().isBefore(end)).toList();
            if (target.isEmpty() || data.matches().get(0).date().isAfter(start.minusYears(1))) {
                continue;   // a month without matches, or too little history before it to train on
            }
            for (Match m : target) {
                double[][] p = holdoutForecasts(data.matches(), start, m);
                if (p != null) {
                    rows.add(p);
                    outcomes.add(m.result().ordinal());
                }
            }
        }
        double[] weights = rows.isEmpty() ? equal(components.size()) : LinearPool.fit(rows, outcomes, config.anchor(), config.spread());
        List<Model> finals = components.stream().map(c -> c.train(data)).toList();
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int k = 0; k < components.size(); k++) {
            parameters.put("weight_" + components.get(k).name(), weights[k]);
        }
        parameters.put("holdout_months", config.holdoutMonths());
        parameters.put("anchor", config.anchor());
        parameters.put("spread", config.spread());
        parameters.put("holdout_matches", rows.size());
        return new Ensemble(name, usesPrices(), finals, weights, ModelProvenance.of(name, parameters, data));
    }

    /** Every component's forecast of a past match from the matches before {@code start}, or null if one has none. */
    private double[][] holdoutForecasts(List<Match> history, LocalDate start, Match m) {
        double[][] p = new double[components.size()][];
        Fixture fixture = PointInTime.beforeKickOff(m);
        for (int k = 0; k < components.size(); k++) {
            java.util.Optional<double[]> forecast = cache.holdout(components.get(k), history, start, m, fixture);
            if (forecast.isEmpty()) {
                return null;
            }
            p[k] = forecast.get();
        }
        return p;
    }


    /** Every component's forecast, or null when one of them cannot forecast this fixture. */
    static double[][] forecastAll(List<Model> models, Fixture fixture) {
        double[][] p = new double[models.size()][];
        for (int k = 0; k < models.size(); k++) {
            try {
                p[k] = models.get(k).forecast(fixture).probabilities();
            } catch (MissingPricesException e) {
                return null;
            }
        }
        return p;
    }

    private static double[] equal(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        return w;
    }

    record Ensemble(String name, boolean usesPrices, List<Model> components, double[] weights,
                            ModelProvenance provenance) implements Model {
        @Override
        public Forecast forecast(Fixture fixture) {
            double[][] p = forecastAll(components, fixture);
            if (p == null) {
                throw new MissingPricesException(name, fixture, "pre-closing");
            }
            return Forecast.of(name, fixture, LinearPool.combine(p, weights));
        }

        /** Each member's explanation, weighted; factors of the same name summed. */
        @Override
        public java.util.Optional<Explanation> explain(Fixture fixture) {
            List<Explanation> parts = new ArrayList<>();
            for (Model m : components) {
                java.util.Optional<Explanation> e = m.explain(fixture);
                if (e.isEmpty()) {
                    return java.util.Optional.empty();
                }
                parts.add(e.get());
            }
            return java.util.Optional.of(Explanation.pool(components.stream().map(Model::name).toList(), weights, parts));
        }

        /**
         * Every member drawn independently; a member without a parameter distribution (trees, the market) stays as it
         * is. Empty when no member has one. The weights are held: they are fitted on far more hold-out forecasts than
         * any one member's parameters are on matches.
         */
        @Override
        public java.util.Optional<Model> draw(java.util.random.RandomGenerator random) {
            boolean any = false;
            List<Model> drawn = new ArrayList<>();
            for (Model m : components) {
                java.util.Optional<Model> d = m.draw(random);
                any |= d.isPresent();
                drawn.add(d.orElse(m));
            }
            return any ? java.util.Optional.of(new Ensemble(name, usesPrices, drawn, weights, provenance)) : java.util.Optional.empty();
        }
    }
}
