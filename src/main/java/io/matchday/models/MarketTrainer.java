package io.matchday.models;

import io.matchday.data.Fixture;
import io.matchday.data.OutcomePrices;
import io.matchday.features.MarginRemoval;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The betting market as a model: de-vigged prices of one bookmaker or of the market average
 * ({@code Avg}, or BetBrain's {@code BbAv} in older seasons), pre-closing or closing. Nothing is
 * learned; the training window only goes into the provenance.
 */
final class MarketTrainer implements Trainer {

    /** @param bookmaker {@code Avg} for the market average, else a file code such as {@code PS} or {@code B365} */
    public record Config(String bookmaker, boolean closing, MarginRemoval method) {
        public static final Config CLOSING_AVERAGE = new Config("Avg", true, MarginRemoval.SHIN);
        public static final Config PRE_CLOSING_AVERAGE = new Config("Avg", false, MarginRemoval.SHIN);
    }

    private final String name;
    private final Config config;

    public MarketTrainer(String name, Config config) {
        this.name = name;
        this.config = config;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean usesPrices() {
        return true;
    }

    @Override
    public boolean readsClosingPrices() {
        return config.closing();
    }

    @Override
    public Model train(TrainingData data) {
        ModelProvenance provenance = ModelProvenance.of(name, Map.of("bookmaker", config.bookmaker(),
                "closing", config.closing(), "method", config.method().name()), data);
        return new MarketModel(name, config, provenance);
    }

    record MarketModel(String name, Config config, ModelProvenance provenance) implements Model {
        @Override
        public boolean usesPrices() {
            return true;
        }

        @Override
        public Forecast forecast(Fixture fixture) {
            OutcomePrices prices = prices(fixture).orElseThrow(() -> new MissingPricesException(name, fixture,
                    (config.closing() ? "closing " : "pre-closing ") + config.bookmaker()));
            return Forecast.of(name, fixture, config.method().probabilities(prices));
        }

        /** No parameters to explain: against an even fixture, the whole forecast is the market's. */
        @Override
        public Optional<Explanation> explain(Fixture fixture) {
            Forecast f = forecast(fixture);
            double third = 1.0 / 3;
            return Optional.of(new Explanation(new Explanation.Share("baseline", third, third, third, null),
                    List.of(new Explanation.Share(FactorGroups.MARKET, f.home() - third, f.draw() - third, f.away() - third, null)),
                    List.of()));
        }

        private Optional<OutcomePrices> prices(Fixture fixture) {
            if (config.bookmaker().equals("Avg")) {
                return config.closing() ? fixture.odds().averageClosing() : fixture.odds().averageOpening();
            }
            return config.closing() ? fixture.odds().closing(config.bookmaker()) : fixture.odds().opening(config.bookmaker());
        }
    }
}
