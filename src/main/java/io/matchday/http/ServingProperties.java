package io.matchday.http;

import io.matchday.ledger.LedgerConfig;
import io.matchday.serving.ServingConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of a serving node ({@code matchday.serve.*}, or the environment, e.g. {@code MATCHDAY_SERVE_API_KEYS}).
 * What only the HTTP edge uses has its default here; the rest, left unset, takes the default of the config record
 * it fills ({@link ServingConfig#DEFAULTS}, {@link LedgerConfig}), so the CLI and the service share one set.
 *
 * @param apiKeys         keys that may call the admin endpoints; none disables them
 * @param refreshInterval how often the node polls the registry for champion moves
 * @param batchLimit      most fixtures in one batch call
 * @param maxBody         largest request body accepted
 * @param node            this node's name in the ledger; default host name and process id
 * @param ledger          the prediction ledger's queue and batches
 * @param keyThrottle     how wrong admin keys from one client are slowed down
 * @param autoPromote     promote challengers whose live comparison decided promote (through the gate); default off
 */
@ConfigurationProperties(prefix = "matchday.serve")
record ServingProperties(@DefaultValue List<String> apiKeys, Duration refreshInterval,
                         @DefaultValue("1000") int batchLimit,
                         @DefaultValue("1MB") DataSize maxBody, @DefaultValue("") String node, @DefaultValue Ledger ledger,
                         @DefaultValue KeyThrottle keyThrottle, @DefaultValue("false") boolean autoPromote) {

    /**
     * @param failures wrong keys one client may send within {@code window} before it must wait
     * @param window   how far back failures count; a throttled client waits until its oldest one leaves it
     */
    record KeyThrottle(@DefaultValue("5") int failures, @DefaultValue("1m") Duration window) {
    }

    /**
     * @param queueCapacity  forecasts waiting to be written before new ones go straight to the spool
     * @param batchSize      most rows in one insert batch
     * @param flushInterval  longest a forecast waits in the queue when traffic is light
     * @param replayInterval how often spooled rows are retried
     * @param spool          spool directory (and the write-ahead log's); default {@code <data home>/spool}
     * @param fsyncInterval  how often the write-ahead log is forced to disk: what a power loss may cost
     */
    record Ledger(Integer queueCapacity, Integer batchSize, Duration flushInterval, Duration replayInterval,
                  @DefaultValue("") String spool, Duration fsyncInterval) {

        LedgerConfig config(Path home) {
            LedgerConfig d = LedgerConfig.defaults(spool.isBlank() ? home.resolve("spool") : Path.of(spool));
            return new LedgerConfig(d.directory(), or(queueCapacity, d.queueCapacity()), or(batchSize, d.batchSize()),
                    or(flushInterval, d.flushInterval()), or(replayInterval, d.replayInterval()),
                    or(fsyncInterval, d.fsyncInterval()));
        }
    }

    ServingConfig config(Duration metricsRefresh) {
        ServingConfig d = ServingConfig.DEFAULTS;
        return new ServingConfig(or(refreshInterval, d.refreshInterval()), or(metricsRefresh, d.metricsRefresh()), autoPromote);
    }

    String nodeName() {
        if (!node.isBlank()) {
            return node;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }
}
