package io.matchday.models;

import io.matchday.data.Fixture;
import io.matchday.data.Match;
import java.util.List;
import java.util.Map;

/** Base rates: the share of home wins, draws and away wins in the recent training window. */
final class ClimatologyTrainer implements PriceFreeTrainer {

    public static final int DEFAULT_MATCHES = io.matchday.features.Hyperparameters.defaults().integer("climatology.matches");

    private final int recentMatches;

    public ClimatologyTrainer(int recentMatches) {
        this.recentMatches = recentMatches;
    }

    @Override
    public String name() {
        return "climatology";
    }

    @Override
    public Model train(TrainingData data) {
        List<Match> recent = data.matches().subList(Math.max(0, data.matches().size() - recentMatches), data.matches().size());
        double[] counts = new double[3];
        for (Match m : recent) {
            counts[m.result().ordinal()]++;
        }
        double[] p = {counts[0] / recent.size(), counts[1] / recent.size(), 0};
        p[2] = 1 - p[0] - p[1];
        ModelProvenance provenance = ModelProvenance.of(name(), Map.of("recent_matches", recentMatches,
                "home", p[0], "draw", p[1], "away", p[2]), data);
        return new Climatology(p, provenance);
    }

    record Climatology(double[] rates, ModelProvenance provenance) implements Model {
        @Override
        public String name() {
            return "climatology";
        }

        @Override
        public boolean usesPrices() {
            return false;
        }

        /** The division's average outcome rates are the baseline, and nothing about the fixture moves them. */
        @Override
        public java.util.Optional<Explanation> explain(Fixture fixture) {
            return java.util.Optional.of(new Explanation(new Explanation.Share("baseline", rates[0], rates[1], rates[2], null),
                    List.of(), List.of()));
        }

        @Override
        public Forecast forecast(Fixture fixture) {
            return Forecast.of(name(), fixture, rates);
        }
    }
}
