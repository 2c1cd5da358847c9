package io.matchday.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The reference FastAPI service's response shape: its field names, the team names as the client sent them. */
@Schema(description = "Reference system response shape")
record LegacyAnswer(@JsonProperty("home_team") String homeTeam,
                    @JsonProperty("away_team") String awayTeam,
                    @JsonProperty("predicted_result") @Schema(example = "Home Win", allowableValues = {"Home Win", "Draw", "Away Win"})
                    String predictedResult,
                    @JsonProperty("home_win_probability") double homeWinProbability,
                    @JsonProperty("draw_probability") double drawProbability,
                    @JsonProperty("away_win_probability") double awayWinProbability,
                    @JsonProperty("prediction_confidence") @Schema(description = "Probability of the predicted result")
                    double predictionConfidence,
                    @JsonProperty("model_version") @Schema(example = "e0-outcome:3") String modelVersion) {
}
