package io.matchday.api;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of a serving node ({@code matchday.serve.*}, or the environment, e.g.
 * {@code MATCHDAY_SERVE_API_KEYS}).
 *
 * @param apiKeys keys that may call the admin endpoints; none disables them
 * @param refreshInterval how often the node polls the registry for champion moves
 * @param batchLimit most fixtures in one batch call
 * @param maxBody largest request body accepted
 * @param node this node's name in the ledger; default host name and process id
 * @param ledger the prediction ledger's queue and batches
 * @param keyThrottle how wrong admin keys from one client are slowed down
 */
@ConfigurationProperties(prefix = "matchday.serve")
record ServingProperties(@DefaultValue List<String> apiKeys,
                         @DefaultValue("2s") Duration refreshInterval,
                         @DefaultValue("1000") int batchLimit,
                         @DefaultValue("1MB") DataSize maxBody,
                         @DefaultValue("") String node,
                         @DefaultValue Ledger ledger,
                         @DefaultValue KeyThrottle keyThrottle) {

    /**
     * @param failures wrong keys one client may send within {@code window} before it must wait
     * @param window   how far back failures count; a throttled client waits until its oldest one leaves it
     */
    record KeyThrottle(@DefaultValue("5") int failures, @DefaultValue("1m") Duration window) {
    }

    /**
     * @param queueCapacity forecasts waiting to be written before new ones go straight to the spool
     * @param batchSize most rows in one insert batch
     * @param flushInterval longest a forecast waits in the queue when traffic is light
     * @param replayInterval how often spooled rows are retried
     * @param spool spool directory (and the write-ahead log's); default {@code <data home>/spool}
     * @param fsyncInterval how often the write-ahead log is forced to disk: what a power loss may cost
     */
    record Ledger(@DefaultValue("100000") int queueCapacity,
                  @DefaultValue("2000") int batchSize,
                  @DefaultValue("200ms") Duration flushInterval,
                  @DefaultValue("5s") Duration replayInterval,
                  @DefaultValue("") String spool,
                  @DefaultValue("50ms") Duration fsyncInterval) {
    }

    String nodeName() {
        if (!node.isBlank()) {
            return node;
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
