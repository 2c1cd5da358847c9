package io.matchday.api;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background work on a node ({@code matchday.work.*}).
 *
 * @param concurrency kind ({@code replay}, {@code backtest}, {@code ingest}, {@code retraining}) → how many run at
 *                    once across the cluster; 1 where not set
 */
@ConfigurationProperties(prefix = "matchday.work")
record WorkProperties(@DefaultValue Map<String, Integer> concurrency) {

    int concurrency(BackgroundWork.Kind kind) {
        return Math.max(1, concurrency.getOrDefault(kind.label(), 1));
    }
}
