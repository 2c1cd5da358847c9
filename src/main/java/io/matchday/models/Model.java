package io.matchday.models;

import io.matchday.data.Fixture;

/** A trained, immutable forecaster: turns a fixture into a forecast. */
public interface Model {

    String name();

    /** True when any input comes from bookmaker prices. */
    boolean usesPrices();

    Forecast forecast(Fixture fixture);

    ModelProvenance provenance();
}
