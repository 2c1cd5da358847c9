package io.matchday.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One forecast as served: when, by which node and model version, for which fixture and prices,
 * and what it said. Prices and expected goals are null when the request or the model had none.
 */
public record ServedPrediction(String id, Instant servedAt, String node, String modelName, int modelVersion,
                               String division, LocalDate matchDate, String homeTeam, String awayTeam,
                               Double oddsHome, Double oddsDraw, Double oddsAway,
                               double home, double draw, double away,
                               Double expectedHomeGoals, Double expectedAwayGoals) {

    public ServedPrediction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(servedAt, "servedAt");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(matchDate, "matchDate");
    }
}
