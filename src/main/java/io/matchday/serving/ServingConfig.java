package io.matchday.serving;

import java.time.Duration;

/**
 * How a serving node keeps up with the cluster.
 *
 * @param refreshInterval how often the node polls the registry for champion moves
 * @param metricsRefresh  how often the node re-reads the shared operations state its gauges export
 * @param autoPromote     whether the daily judging of challengers promotes (through the gate) those whose live
 *                        comparison decided promote; off, it only recommends them
 */
public record ServingConfig(Duration refreshInterval, Duration metricsRefresh, boolean autoPromote) {

    public static final ServingConfig DEFAULTS = new ServingConfig(Duration.ofSeconds(2), Duration.ofSeconds(15), false);
}
