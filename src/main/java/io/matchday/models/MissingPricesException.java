package io.matchday.models;

import io.matchday.MatchdayException;
import io.matchday.data.Fixture;

/** A price-based model was asked about a fixture that has no usable prices. */
public class MissingPricesException extends MatchdayException {

    public MissingPricesException(String model, Fixture fixture, String which) {
        super("model " + model + " needs " + which + " prices, and " + fixture + " has none");
    }
}
