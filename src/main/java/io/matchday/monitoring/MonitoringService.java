package io.matchday.monitoring;

import io.matchday.Ids;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.MatchRepository;
import io.matchday.data.SeasonRange;
import io.matchday.models.Model;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelVersion;
import io.matchday.registry.RunMetric;
import io.matchday.registry.RunTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monitors a registered model's champion: drift of the recent settled matches, its rolling
 * performance since training beside the market's, data quality; raises alerts past the thresholds
 * and stores the run. "Now" comes from the clock, so a replay can run it at past dates.
 */
public final class MonitoringService {

    private final MatchRepository matches;
    private final ModelRegistry registry;
    private final RunTracker runs;
    private final AlertStore alerts;
    private final MonitoringConfig config;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public MonitoringService(DataSource dataSource, MatchRepository matches, ModelRegistry registry, RunTracker runs,
                             AlertStore alerts, MonitoringConfig config, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.matches = matches;
        this.registry = registry;
        this.runs = runs;
        this.alerts = alerts;
        this.config = config;
        this.clock = clock;
    }

    public MonitoringConfig config() {
        return config;
    }

    /** Measures without storing or alerting: what the retraining triggers read. */
    public MonitoringResult measure(Division division, String modelName) {
        ModelVersion version = registry.champion(modelName).orElseThrow(() ->
                new io.matchday.MatchdayException("model " + modelName + " has no champion to monitor"));
        Model champion = registry.load(version);
        LocalDate today = LocalDate.now(clock);
        List<Match> history = matches.matches(division, SeasonRange.ALL).stream()
                .filter(m -> !m.date().isAfter(today)).toList();
        int quarantined = matches.quarantine(Optional.of(division)).size();
        DriftReport drift = new DriftMonitor(config, new DriftTests(config.alpha(), 20240611L)).measure(history, champion, quarantined);
        Performance performance = new PerformanceMonitor(config).measure(history, champion);
        Double validation = runs.metrics(version.runId()).stream()
                .filter(m -> m.name().equals("validation.rps") && m.step() == RunMetric.FINAL)
                .map(RunMetric::value).findFirst().orElse(null);
        long days = ChronoUnit.DAYS.between(champion.provenance().lastMatch(), today);
        return new MonitoringResult(io.matchday.Ids.next(clock.instant()), modelName, version.version(),
                clock.instant(), drift, performance, validation, days, List.of());
    }

    /** The alerts this service raises; the pipelines built on it raise theirs there too. */
    public AlertStore alerts() {
        return alerts;
    }

    /** Measures, raises the alerts the thresholds call for, and stores the run. */
    public MonitoringResult run(Division division, String modelName) {
        MonitoringResult measured = measure(division, modelName);
        List<Alert> raised = new ArrayList<>();
        DriftReport drift = measured.drift();
        String subject = modelName + " v" + measured.version();
        Map<String, String> labels = Map.of("division", division.code(), "model", modelName);
        Performance p = measured.performance();
        boolean judged = p.judged(config.minSettled());
        condition(raised, AlertKind.FEATURE_DRIFT, labels, subject, drift.datasetDrift(), () -> String.format(Locale.ROOT,
                "%.0f %% of features drifted between %s..%s and %s..%s: %s", 100 * drift.driftShare(),
                drift.referenceFrom(), drift.referenceTo(), drift.currentFrom(), drift.currentTo(),
                drift.features().stream().filter(FeatureDrift::drifted).map(FeatureDrift::feature).toList()),
                drift.driftShare(), config.driftShare());
        Double degradation = judged && measured.validationRps() != null ? p.champion().rps() - measured.validationRps() : null;
        condition(raised, AlertKind.PERFORMANCE_DEGRADED, labels, subject,
                degradation != null && degradation > config.rpsDegradation(), () -> String.format(Locale.ROOT,
                        "rolling RPS %.4f on the last %d settled matches is worse than the validation RPS %.4f by more than %.4f",
                        p.champion().rps(), p.matches(), measured.validationRps(), config.rpsDegradation()),
                degradation, config.rpsDegradation());
        Double gap = judged ? p.champion().rps() - p.market().rps() : null;
        condition(raised, AlertKind.BEHIND_MARKET, labels, subject, gap != null && gap > config.marketGap(),
                () -> String.format(Locale.ROOT, "rolling RPS %.4f trails the closing market's %.4f by more than %.4f on the last %d matches",
                        p.champion().rps(), p.market().rps(), config.marketGap(), p.matches()), gap, config.marketGap());
        condition(raised, AlertKind.MISSING_PRICES, labels, subject,
                drift.quality().missingPricesShare() > config.missingPrices(), () -> String.format(Locale.ROOT,
                        "%.0f %% of recent matches have no closing prices", 100 * drift.quality().missingPricesShare()),
                drift.quality().missingPricesShare(), config.missingPrices());
        MonitoringResult result = new MonitoringResult(measured.id(), measured.model(), measured.version(), measured.at(),
                drift, p, measured.validationRps(), measured.daysSinceTraining(), raised);
        jdbc.update("insert into monitoring_runs (id, model_name, model_version, created_at, summary) values (?, ?, ?, ?, ?)",
                result.id(), modelName, result.version(), Timestamp.from(result.at()), checked(toJson(result)));
        return result;
    }

    /** Raises the alert when the condition holds, resolves it (if active) when it no longer does. */
    private void condition(List<Alert> raised, AlertKind kind, Map<String, String> labels, String subject, boolean holds,
                           java.util.function.Supplier<String> message, Double observed, double threshold) {
        if (holds) {
            raised.add(alerts.raise(kind, labels, subject, message.get(), observed, threshold));
        } else {
            alerts.resolve(kind, labels);
        }
    }

    public Optional<MonitoringResult> latest(String modelName) {
        return jdbc.queryForList("select summary from monitoring_runs where model_name = ? order by id desc limit 1",
                String.class, modelName).stream().findFirst().map(this::fromJson);
    }

    /** The model's monitoring runs, newest first: how its rolling performance and drift moved over time. */
    public List<MonitoringResult> history(String modelName, int limit) {
        return jdbc.queryForList("select summary from monitoring_runs where model_name = ? order by id desc limit ?",
                String.class, modelName, limit).stream().map(this::fromJson).toList();
    }

    public List<String> monitoredModels() {
        return jdbc.queryForList("select distinct model_name from monitoring_runs order by model_name", String.class);
    }

    private String toJson(MonitoringResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MonitoringResult fromJson(String text) {
        try {
            return json.readValue(text, MonitoringResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column holds a million characters (V7); a summary longer than that is a fault, not something to cut. */
    private static String checked(String s) {
        if (s.length() > 1_000_000) {
            throw new IllegalStateException("monitoring summary of " + s.length() + " characters exceeds its column");
        }
        return s;
    }
}
