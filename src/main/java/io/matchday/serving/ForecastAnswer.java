package io.matchday.serving;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A served forecast. Goal-based parts are present only when the model forecasts goals; market parts only with odds. */
@Schema(description = "A forecast, with the model version that made it")
public record ForecastAnswer(
        @Schema(description = "Ledger id of this forecast") String id,
        FixtureView fixture,
        Outcomes probabilities,
        @Schema(description = "Most probable outcome: H, D or A", example = "H") String predicted,
        Goals expectedGoals,
        Score mostLikelyScore,
        ModelRef model,
        Market market) {

    public record FixtureView(@Schema(example = "E0") String division, LocalDate date, @Schema(example = "Arsenal") String home,
                       @Schema(example = "Man United") String away) {
    }

    @Schema(description = "Probabilities (or differences of them) for home win, draw, away win")
    public record Outcomes(@Schema(example = "0.512") double home, @Schema(example = "0.246") double draw,
                    @Schema(example = "0.242") double away) {
        static Outcomes of(double[] p) {
            return new Outcomes(p[0], p[1], p[2]);
        }
    }

    public record Goals(@Schema(example = "1.71") double home, @Schema(example = "1.02") double away) {
    }

    public record Score(@Schema(example = "1") int home, @Schema(example = "0") int away,
                 @Schema(example = "0.118") double probability) {
    }

    public record ModelRef(@Schema(example = "e0-outcome") String name, @Schema(example = "3") int version,
                    @Schema(example = "dixon-coles") String trainer,
                    @Schema(description = "Last match date the model was trained on") LocalDate trainedThrough) {
    }

    /**
     * @param method how the bookmaker's margin was removed
     * @param overround the margin in the given prices
     * @param probabilities the de-vigged market probabilities
     * @param edge model probability minus market probability, per outcome
     * @param expectedValue expected return of a unit stake at the given price, per outcome
     */
    public record Market(@Schema(example = "SHIN") String method, @Schema(example = "0.052") double overround,
                  Outcomes probabilities, Outcomes edge, Outcomes expectedValue) {
    }
}
