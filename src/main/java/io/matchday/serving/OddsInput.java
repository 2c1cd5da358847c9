package io.matchday.serving;

import io.swagger.v3.oas.annotations.media.Schema;

/** Decimal prices for home win, draw and away win. */
@Schema(description = "Decimal 1X2 prices, each above 1.0")
public record OddsInput(@Schema(example = "2.10") Double home, @Schema(example = "3.40") Double draw,
                 @Schema(example = "3.60") Double away) {
}
