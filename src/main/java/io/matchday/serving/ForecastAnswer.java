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
        Market market,
        @Schema(description = "With explain: the division's average fixture and the factors that add up to this forecast")
        Explained explanation,
        @Schema(description = "With interval: the band of each probability under the model's parameter uncertainty")
        Band interval) {

    ForecastAnswer withExtras(Explained why, Band band) {
        return new ForecastAnswer(id, fixture, probabilities, predicted, expectedGoals, mostLikelyScore, model, market, why, band);
    }

    /**
     * Baseline plus factors equals the forecast (to 1e-9). {@code over} is over 2.5 goals, for goal models.
     *
     * @param members for a pool: each member's weight and own explanation
     */
    public record Explained(Share baseline, java.util.List<Share> factors, java.util.List<Member> members) {
        static Explained of(io.matchday.models.Explanation e) {
            return new Explained(Share.of(e.baseline(), false), e.factors().stream().map(f -> Share.of(f, true)).toList(),
                    e.members().isEmpty() ? null : e.members().stream()
                            .map(m -> new Member(m.model(), m.weight(), of(m.explanation()))).toList());
        }
    }

    public record Share(@Schema(example = "home attack") String name, double home, double draw, double away, Double over) {
        static Share of(io.matchday.models.Explanation.Share s, boolean named) {
            return new Share(named ? s.name() : null, s.home(), s.draw(), s.away(), s.over());
        }
    }

    public record Member(@Schema(example = "dixon-coles") String model, double weight, Explained explanation) {
    }

    /** Each probability's central band at {@code level}; {@code over} (over 2.5 goals) for goal models. */
    public record Band(@Schema(example = "0.9") double level, double[] home, double[] draw, double[] away, double[] over) {
        static Band of(io.matchday.models.ForecastBand b) {
            return new Band(b.level(), b.home(), b.draw(), b.away(), b.over());
        }
    }

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
