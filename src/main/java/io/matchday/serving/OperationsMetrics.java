package io.matchday.serving;

import io.matchday.jobs.JobRun;
import io.matchday.jobs.JobScheduler;
import io.matchday.monitoring.MonitoringResult;
import io.matchday.monitoring.MonitoringService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Gauges over the shared operations state — the latest monitoring run of each model and the last
 * run of each job, whichever node produced them — re-read every {@code every} (15 s by default), so every node
 * exports the same values for Prometheus.
 */
final class OperationsMetrics implements AutoCloseable {

    private final MeterRegistry meters;
    private final MonitoringService monitoring;
    private final JobScheduler jobs;
    private final Map<String, Double> values = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "operations-metrics");
        t.setDaemon(true);
        return t;
    });

    private final Duration every;

    OperationsMetrics(MeterRegistry meters, MonitoringService monitoring, JobScheduler jobs, Duration every) {
        this.every = every;
        this.meters = meters;
        this.monitoring = monitoring;
        this.jobs = jobs;
    }

    void start() {
        for (String job : jobs.names()) {
            gauge("matchday.job.last.success", "1 if the job's last run succeeded, 0 if it failed", Tags.of("job", job));
            gauge("matchday.job.last.run", "Unix time of the job's last run start", Tags.of("job", job));
        }
        refresh();
        reader.scheduleWithFixedDelay(this::refreshQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void refresh() {
        for (String job : jobs.names()) {
            JobRun last = jobs.history().last(job).orElse(null);
            if (last != null && !"RUNNING".equals(last.status())) {
                values.put(key("matchday.job.last.success", Tags.of("job", job)), "SUCCEEDED".equals(last.status()) ? 1.0 : 0.0);
                values.put(key("matchday.job.last.run", Tags.of("job", job)), last.startedAt().getEpochSecond() * 1.0);
            }
        }
        for (String model : monitoring.monitoredModels()) {
            monitoring.latest(model).ifPresent(this::record);
        }
    }

    private void record(MonitoringResult r) {
        Tags model = Tags.of("model", r.model());
        set("matchday.drift.share", "Share of features drifted in the latest monitoring run", model, r.drift().driftShare());
        set("matchday.days.since.training", "Days from the champion's last training match to the monitoring run", model,
                r.daysSinceTraining());
        // NaN until matches have settled since training: the series exists from the first run on.
        boolean judged = r.performance() != null && r.performance().champion() != null;
        set("matchday.rolling.rps", "Rolling RPS on matches settled since training", model.and("source", "champion"),
                judged ? r.performance().champion().rps() : Double.NaN);
        set("matchday.rolling.rps", "Rolling RPS on matches settled since training", model.and("source", "market"),
                judged ? r.performance().market().rps() : Double.NaN);
        set("matchday.rolling.accuracy", "Rolling accuracy on matches settled since training", model.and("source", "champion"),
                judged ? r.performance().champion().accuracy() : Double.NaN);
        if (r.validationRps() != null) {
            set("matchday.validation.rps", "The champion's walk-forward validation RPS", model, r.validationRps());
        }
        r.drift().features().forEach(f -> set("matchday.drift.feature.statistic", "Per-feature drift test statistic",
                model.and("feature", f.feature()), f.statistic()));
    }

    private void set(String name, String description, Tags tags, double value) {
        String key = key(name, tags);
        if (!values.containsKey(key)) {
            values.put(key, value);
            gauge(name, description, tags);
        }
        values.put(key, value);
    }

    private void gauge(String name, String description, Tags tags) {
        String key = key(name, tags);
        Gauge.builder(name, values, v -> v.getOrDefault(key, Double.NaN)).description(description).tags(tags).register(meters);
    }

    private static String key(String name, Tags tags) {
        return name + tags;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException databaseDown) {
            // keep the last values; the next read may succeed
        }
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
