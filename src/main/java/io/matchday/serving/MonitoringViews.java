package io.matchday.serving;

import io.matchday.NotFoundException;
import io.matchday.monitoring.Alert;
import io.matchday.monitoring.AlertStore;
import io.matchday.monitoring.MonitoringResult;
import io.matchday.monitoring.MonitoringService;
import io.matchday.registry.ModelRegistry;
import java.util.List;
import java.util.TreeSet;

/** What monitoring found: each model's monitoring runs, newest first, and the alerts they raised. */
public final class MonitoringViews {

    private final MonitoringService monitoring;
    private final AlertStore alerts;
    private final ModelRegistry registry;

    MonitoringViews(MonitoringService monitoring, AlertStore alerts, ModelRegistry registry) {
        this.monitoring = monitoring;
        this.alerts = alerts;
        this.registry = registry;
    }

    /** Models with a champion or a monitoring run, by name. */
    public List<String> models() {
        TreeSet<String> models = new TreeSet<>(registry.champions().keySet());
        models.addAll(monitoring.monitoredModels());
        return List.copyOf(models);
    }

    /** The latest monitoring run of {@code model}; unknown before its first. */
    public MonitoringResult latest(String model) {
        return monitoring.latest(model).orElseThrow(() -> new NotFoundException("no-monitoring", "Not monitored yet",
                "no monitoring run of " + model + " yet: run the monitor job"));
    }

    /** Up to {@code limit} monitoring runs of {@code model}, newest first. */
    public List<MonitoringResult> history(String model, int limit) {
        return monitoring.history(model, limit);
    }

    /** Alerts, newest first. */
    /** The alerts active now across the cluster, oldest first (what Alertmanager holds). */
    public List<io.matchday.monitoring.ActiveAlert> activeAlerts() {
        return alerts.active();
    }

    public List<Alert> alerts(int limit) {
        return alerts.recent(limit);
    }
}
