package io.matchday.features;

import io.matchday.data.Fixture;
import io.matchday.data.OutcomePrices;
import java.util.Optional;

/**
 * The market's view before kick-off: de-vigged pre-closing average prices (falling back to
 * Pinnacle, then Bet365). Closing prices are never used as features: they are what the
 * forecasts are measured against.
 */
final class MarketFeatures {

    /** League-wide base rates, used only when a fixture has no pre-closing prices at all. */
    static final double[] NO_PRICES = {0.45, 0.26, 0.29};

    private MarketFeatures() {
    }

    static double[] probabilities(Fixture fixture, MarginRemoval method) {
        Optional<OutcomePrices> prices = fixture.odds().averageOpening()
                .or(() -> fixture.odds().opening("PS"))
                .or(() -> fixture.odds().opening("B365"));
        return prices.map(method::probabilities).orElse(NO_PRICES.clone());
    }
}
