package io.matchday.models;

import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.features.FeatureConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial logistic regression on point-in-time features. With one feature it is the link of
 * a rating model ({@code elo}: Elo difference; {@code pi-ratings}: pi expected goal difference);
 * with all of them it is the {@code logistic} model. Fits on the most recent
 * {@code recentMatches} of the window, whose features were each computed from their own past.
 */
final class FeatureModelTrainer implements Trainer {

    /** @param features names to use, or empty for every feature the builder makes */
    public record Config(String name, FeatureConfig features, List<String> use, double l2, int recentMatches) { }

    private final Config config;

    public FeatureModelTrainer(Config config) {
        this.config = config;
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public boolean usesPrices() {
        return config.features().marketProbabilities()
                && (config.use().isEmpty() || config.use().stream().anyMatch(f -> f.startsWith("market_")));
    }

    @Override
    public boolean readsClosingPrices() {
        return false;
    }

    @Override
    public Model train(TrainingData data) {
        FeatureSelection features = FeatureSelection.of(config.features(), config.use(), data);
        List<Match> matches = features.matches();
        int from = features.recentFrom(config.recentMatches());
        List<double[]> x = new ArrayList<>();
        int[] y = new int[matches.size() - from];
        for (int i = from; i < matches.size(); i++) {
            x.add(features.row(i));
            y[i - from] = matches.get(i).result().ordinal();
        }
        SoftmaxRegression regression = SoftmaxRegression.fit(x, y, config.l2());
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("features", features.names());
        parameters.put("l2", config.l2());
        parameters.put("recent_matches", config.recentMatches());
        parameters.put("elo", config.features().elo().toString());
        parameters.put("pi", config.features().pi().toString());
        parameters.put("form_decay", config.features().formDecay());
        if (config.features().gap() != null) {
            parameters.put("gap", config.features().gap().toString());
        }
        if (config.features().stateSpace() != null) {
            parameters.put("state_space", config.features().stateSpace().toString());
        }
        return new FeatureModel(config.name(), usesPrices(), features.snapshot(), regression,
                ModelProvenance.of(config.name(), parameters, data));
    }

    record FeatureModel(String name, boolean usesPrices, FeatureSelection.Snapshot features,
                        SoftmaxRegression regression, ModelProvenance provenance) implements Model {
        @Override
        public Forecast forecast(Fixture fixture) {
            return Forecast.of(name, fixture, regression.probabilities(features.forFixture(fixture)));
        }

        /**
         * The regression's weights drawn from their Laplace approximation and, for state-space features, every side's
         * filtered strengths from the filter's own variances: both the link and its inputs are uncertain.
         */
        @Override
        public java.util.Optional<Model> draw(java.util.random.RandomGenerator random) {
            return regression.draw(random).map(r -> new FeatureModel(name, usesPrices,
                    FeatureSelection.Snapshot.of(features.state().drawStrengths(random), features.names()), r, provenance));
        }

        /**
         * Exact Shapley values over the features' football groups and home advantage, on the logits' scale and
         * through the softmax. The average fixture has every feature at its training mean and the intercepts'
         * home–away difference (home advantage) split evenly between them.
         */
        @Override
        public java.util.Optional<Explanation> explain(Fixture fixture) {
            double[] z = regression.standardised(features.forFixture(fixture));
            double even = (regression.weight(0, -1) + regression.weight(2, -1)) / 2;
            FactorGroups.Logits logits = new FactorGroups.Logits(new double[]{even, regression.weight(1, -1), even});
            List<String> names = features.names();
            for (int j = 0; j < names.size(); j++) {
                logits.add(FactorGroups.of(names.get(j)), new double[]{regression.weight(0, j) * z[j],
                    regression.weight(1, j) * z[j], regression.weight(2, j) * z[j]});
            }
            logits.add(FactorGroups.HOME_ADVANTAGE, new double[]{regression.weight(0, -1) - even, 0, regression.weight(2, -1) - even});
            return java.util.Optional.of(logits.explain());
        }
    }
}
