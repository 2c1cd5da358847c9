package io.matchday.serving;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The views of what a node serves and knows: health, champions and their validation, registered models, teams. */
public final class CatalogViews {

    private CatalogViews() {
    }

    @Schema(description = "Service health: UP serves forecasts with a reachable database; DEGRADED serves but the "
            + "database is unreachable (the ledger spools); DOWN has no model to serve")
    public record Health(@Schema(example = "UP") String status, List<ServedModel> models, Component database, LedgerState ledger) {
    }

    public record ServedModel(@Schema(example = "e0-outcome") String name, @Schema(example = "3") int version,
                       @Schema(example = "dixon-coles") String trainer) {
    }

    public record Component(@Schema(example = "UP") String status, Instant lastContact, String error) {
    }

    public record LedgerState(@Schema(description = "Forecasts waiting to be written") int queued,
                       @Schema(description = "Rows spooled locally, waiting for the database") long spooled) {
    }

    @Schema(description = "A registered model version with its lineage and its validation against the market")
    public record ModelInfo(@Schema(example = "e0-outcome") String name, int version, @Schema(example = "dixon-coles") String trainer,
                     List<String> aliases, Instant registeredAt, String runId, boolean usesPrices,
                     TrainingWindow training, Validation validation, String decision) {
    }

    public record TrainingWindow(LocalDate firstMatch, LocalDate lastMatch, int matches, String dataFingerprint, String codeVersion) {
    }

    @Schema(description = "Walk-forward RPS on the validation season, beside the de-vigged closing market's, and the "
            + "paired bootstrap 95 % interval of the difference (negative is better than the market)")
    public record Validation(@Schema(example = "0.2021") Double rps, @Schema(example = "0.1953") Double marketRps,
                      @Schema(example = "0.0068") Double deltaRpsVsMarket, Double deltaLow, Double deltaHigh, Integer matches) {
    }

    public record RegisteredModel(String name, Map<String, Integer> aliases, List<VersionView> versions) {
    }

    public record VersionView(int version, String trainer, List<String> aliases, Instant registeredAt, String decision) {
    }

    public record Teams(@Schema(example = "E0") String division, int count, List<TeamView> teams) {
    }

    public record TeamView(@Schema(example = "Man United") String name, List<String> aliases, int matches,
                    @Schema(example = "2005-06") String firstSeason, @Schema(example = "2024-25") String lastSeason) {
    }

    /** The registered champion of a division's model: what it is, what it saw, how it validated. */
    public record Champion(String model, int version, String trainer, LocalDate trainedFrom, LocalDate trainedThrough,
                           int matches, Instant registeredAt, Validation validation, String decision) {
    }

    /**
     * A division at a glance: its model and champion (null when none), its data, its freshness, and the model and
     * champion (null when none) that answer forecasts with prices.
     */
    public record DivisionState(String division, String model, Champion champion, int seasons, int matches, LocalDate lastMatch,
                                Instant lastIngest, String pricedModel, Champion pricedChampion) {
    }
}
