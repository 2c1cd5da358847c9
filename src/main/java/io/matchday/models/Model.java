package io.matchday.models;

import io.matchday.data.Fixture;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** A trained, immutable forecaster: turns a fixture into a forecast. */
public interface Model {

    String name();

    /** True when any input comes from bookmaker prices. */
    boolean usesPrices();

    Forecast forecast(Fixture fixture);

    ModelProvenance provenance();

    /** Why this model forecasts {@code fixture} as it does: baseline plus factors, exactly; empty if it cannot say. */
    default Optional<Explanation> explain(Fixture fixture) {
        return Optional.empty();
    }

    /**
     * The same model with its parameters drawn from the approximate distribution of their error (the Laplace
     * approximation around the fit); empty when the model carries no such distribution (the market, trees, a
     * model saved before it had one). {@link ForecastBands} turn draws into bands, season projections into
     * per-simulation uncertainty.
     */
    default Optional<Model> draw(RandomGenerator random) {
        return Optional.empty();
    }
}
