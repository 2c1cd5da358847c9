package io.matchday.serving;

import io.matchday.monitoring.AlertStore;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-sends the cluster's active alerts to Alertmanager every interval, from every serving node: Alertmanager resolves
 * an alert nobody re-sends, and merges the same alert sent by several nodes. The alerts live in the shared database,
 * so whichever process raised one (a node, a job, the CLI), every node keeps it alive until it is resolved.
 */
final class AlertResender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertResender.class);

    private final AlertStore alerts;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alert-resender");
        t.setDaemon(true);
        return t;
    });

    AlertResender(AlertStore alerts) {
        this.alerts = alerts;
    }

    void start() {
        long every = alerts.resendInterval().toMillis();
        sender.scheduleWithFixedDelay(this::resend, every, every, TimeUnit.MILLISECONDS);
    }

    private void resend() {
        try {
            alerts.resend();
        } catch (RuntimeException e) {
            LOG.warn("re-sending alerts failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
