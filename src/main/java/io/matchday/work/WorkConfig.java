package io.matchday.work;

import java.util.Map;

/**
 * How much background work runs at once across the cluster, by kind; one of each where not set.
 *
 * @param concurrency kind ({@code replay}, {@code backtest}, {@code ingest}, {@code retraining}) → how many run at once
 */
public record WorkConfig(Map<String, Integer> concurrency) {

    public static final WorkConfig DEFAULTS = new WorkConfig(Map.of());

    public WorkConfig {
        concurrency = Map.copyOf(concurrency);
    }

    int concurrency(BackgroundWork.Kind kind) {
        return Math.max(1, concurrency.getOrDefault(kind.label(), 1));
    }
}
