package io.matchday.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The reference FastAPI service's request shape, so its clients work unchanged. */
@Schema(description = "Reference system request shape")
record LegacyRequest(@JsonProperty("home_team") @Schema(example = "Arsenal") String homeTeam,
                     @JsonProperty("away_team") @Schema(example = "Manchester United") String awayTeam,
                     @JsonProperty("home_odds") @Schema(example = "2.1") Double homeOdds,
                     @JsonProperty("draw_odds") @Schema(example = "3.2") Double drawOdds,
                     @JsonProperty("away_odds") @Schema(example = "3.5") Double awayOdds,
                     @Schema(description = "Month of the match (1-12); the match is taken to be on the 15th of its next occurrence",
                             example = "3") Integer month) {
}
