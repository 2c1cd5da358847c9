package io.matchday.serving;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** One fixture to forecast. Team names may be any known spelling ("Man United", "Manchester Utd"). */
@Schema(description = "A fixture to forecast")
public record PredictRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Arsenal") String home,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Man United") String away,
        @Schema(description = "Match date; default today", example = "2025-05-18") LocalDate date,
        @Schema(description = "football-data division code; default E0", example = "E0") String division,
        @Schema(description = "Decimal 1X2 prices; needed by price-based models, and to get the market's view and the edge")
        OddsInput odds,
        @Schema(description = "Registered model; default <division>-outcome (its champion)", example = "e0-outcome") String model,
        @Schema(description = "Version of the model; default its champion", example = "3") Integer version) {
}
