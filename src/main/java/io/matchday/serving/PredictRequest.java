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
        @Schema(description = "Version of the model; default its champion", example = "3") Integer version,
        @Schema(description = "Also answer why: the baseline and the factors that add up to the forecast", example = "true")
        Boolean explain,
        @Schema(description = "Also answer how sure: the central band of this level (0 < level < 1) under the model's "
                + "parameter uncertainty", example = "0.9") Double interval) {

    /** A plain forecast request: no explanation, no band. */
    public PredictRequest(String home, String away, LocalDate date, String division, OddsInput odds, String model,
                          Integer version) {
        this(home, away, date, division, odds, model, version, null, null);
    }

    boolean explained() {
        return Boolean.TRUE.equals(explain);
    }
}
