package io.matchday.ledger;

import io.matchday.data.OutcomePrices;
import io.matchday.models.Forecast;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One forecast as served: when, by which node and model version, for which fixture and prices,
 * and what it said. Prices and expected goals are null when the request or the model had none.
 * A challenger's shadow forecast of the same request names the champion's row in {@code shadowOf}
 * (null for a served forecast).
 */
public record ServedPrediction(String id, Instant servedAt, String node, String modelName, int modelVersion,
                               String division, LocalDate matchDate, String homeTeam, String awayTeam,
                               Double oddsHome, Double oddsDraw, Double oddsAway,
                               double home, double draw, double away,
                               Double expectedHomeGoals, Double expectedAwayGoals, String shadowOf) {

    public ServedPrediction(String id, Instant servedAt, String node, String modelName, int modelVersion,
                            String division, LocalDate matchDate, String homeTeam, String awayTeam,
                            Double oddsHome, Double oddsDraw, Double oddsAway, double home, double draw, double away,
                            Double expectedHomeGoals, Double expectedAwayGoals) {
        this(id, servedAt, node, modelName, modelVersion, division, matchDate, homeTeam, awayTeam, oddsHome, oddsDraw, oddsAway,
                home, draw, away, expectedHomeGoals, expectedAwayGoals, null);
    }

    public ServedPrediction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(servedAt, "servedAt");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(matchDate, "matchDate");
    }

    /** A forecast served at {@code at} by a model version, with the prices it was given (if any). */
    public static ServedPrediction of(String id, Instant at, String node, String model, int version, Forecast forecast,
                                      Optional<OutcomePrices> prices) {
        var fixture = forecast.fixture();
        return new ServedPrediction(id, at, node, model, version, fixture.division().code(), fixture.date(),
                fixture.home().name(), fixture.away().name(), prices.map(OutcomePrices::home).orElse(null),
                prices.map(OutcomePrices::draw).orElse(null), prices.map(OutcomePrices::away).orElse(null),
                forecast.home(), forecast.draw(), forecast.away(), forecast.expectedHomeGoals(), forecast.expectedAwayGoals());
    }

    /** A challenger's forecast of the request this row's champion answered, paired with it. */
    public ServedPrediction shadowBy(String shadowId, String model, int version, Forecast forecast) {
        return new ServedPrediction(shadowId, servedAt, node, model, version, division, matchDate, homeTeam, awayTeam,
                oddsHome, oddsDraw, oddsAway, forecast.home(), forecast.draw(), forecast.away(), forecast.expectedHomeGoals(),
                forecast.expectedAwayGoals(), id);
    }
}
