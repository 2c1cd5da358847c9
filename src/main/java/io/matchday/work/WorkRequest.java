package io.matchday.work;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a piece of background work is to do: plain values, checked when it is submitted. */
public sealed interface WorkRequest {

    BackgroundWork.Kind kind();

    /** A season replay, as {@code matchday simulate} takes it; absent fields take its defaults. */
    @Schema(description = "A replay, as `matchday simulate` takes it")
    record Replay(@Schema(example = "E0") String division, @Schema(example = "2023-24") String seasons,
                  @Schema(example = "2023-24") String to, @Schema(example = "dixon-coles") String model,
                  @Schema(example = "weekly", allowableValues = {"never", "weekly", "on-trigger"}) String retrain,
                  @Schema(example = "value") String strategy, @Schema(example = "flat:1") String stake,
                  Double valueThreshold, Double bankroll, Long seed) implements WorkRequest {
        @Override
        public BackgroundWork.Kind kind() {
            return BackgroundWork.Kind.REPLAY;
        }
    }

    /** A walk-forward backtest, as {@code matchday backtest} takes it; it becomes a tracked run. */
    @Schema(description = "A walk-forward backtest, as `matchday backtest` takes it")
    record Backtest(@Schema(example = "E0") String division, @Schema(example = "dixon-coles,elo") String models,
                    @Schema(example = "2023-24") String seasons, @Schema(example = "market") String benchmark)
            implements WorkRequest {
        @Override
        public BackgroundWork.Kind kind() {
            return BackgroundWork.Kind.BACKTEST;
        }
    }

    /** Fetch, validate and store seasons of divisions, as {@code matchday ingest} does. */
    @Schema(description = "An ingest, as `matchday ingest` takes it")
    record Ingest(@Schema(example = "E0") String divisions, @Schema(example = "2024-25..2025-26") String seasons)
            implements WorkRequest {
        @Override
        public BackgroundWork.Kind kind() {
            return BackgroundWork.Kind.INGEST;
        }
    }

    /** A manual retraining of a division's model: with force, now; otherwise only if a trigger fires. */
    @Schema(description = "A manual retraining")
    record Retraining(@Schema(example = "E0") String division, @Schema(example = "new season data") String reason,
                      Boolean force) implements WorkRequest {
        @Override
        public BackgroundWork.Kind kind() {
            return BackgroundWork.Kind.RETRAINING;
        }
    }
}
