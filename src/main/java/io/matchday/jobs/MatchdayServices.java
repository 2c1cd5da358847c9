package io.matchday.jobs;

import io.matchday.MatchdaySettings;
import io.matchday.data.Database;
import io.matchday.data.FixtureRepository;
import io.matchday.data.FootballDataClient;
import io.matchday.data.IngestService;
import io.matchday.data.MatchRepository;
import io.matchday.data.RetryPolicy;
import io.matchday.data.TeamNames;
import io.matchday.monitoring.AlertStore;
import io.matchday.monitoring.MonitoringConfig;
import io.matchday.monitoring.MonitoringService;
import io.matchday.monitoring.PredictionLedgerStore;
import io.matchday.registry.ArtifactStore;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The composition root: the one place that builds Matchday's service graph from settings. The
 * Spring service ({@code api.ServingConfiguration} exposes these as beans), the CLI's workspace and
 * the season replay's private pipeline all call it, so every entry point runs the same graph with
 * the same defaults (the {@code DEFAULTS} of each config record, defined once).
 *
 * <p>Plain constructor injection throughout; nothing here starts threads. The database belongs to
 * the caller, who closes it.
 */
public final class MatchdayServices {

    /**
     * What the graph is built from beyond the database: where data and artifacts live, the
     * monitoring, retraining and job settings, an optional alert webhook, this node's name and the clock.
     */
    public record Settings(MatchdaySettings store, MonitoringConfig monitoring, RetrainingConfig retraining,
                           OperationsConfig operations, Optional<URI> alertWebhook, String node, Clock clock) {

        /** Every config at its defaults, the system clock: what a CLI invocation runs with. */
        public static Settings defaults(MatchdaySettings store, String node) {
            return new Settings(store, MonitoringConfig.DEFAULTS, RetrainingConfig.DEFAULTS, OperationsConfig.DEFAULTS,
                    Optional.empty(), node, Clock.systemUTC());
        }

        public Settings withRetraining(RetrainingConfig retraining) {
            return new Settings(store, monitoring, retraining, operations, alertWebhook, node, clock);
        }

        public Settings withClock(Clock clock) {
            return new Settings(store, monitoring, retraining, operations, alertWebhook, node, clock);
        }
    }

    private final Settings settings;
    private final Database database;
    private final TeamNames teamNames;
    private final MatchRepository matches;
    private final IngestService ingest;
    private final ArtifactStore artifacts;
    private final RunTracker runs;
    private final ModelRegistry registry;
    private final ModelTraining training;
    private final FixtureRepository fixtures;
    private final PredictionLedgerStore ledger;
    private final AlertStore alerts;
    private final MonitoringService monitoring;
    private final RetrainingPipeline retraining;
    private final JobHistory jobHistory;
    private final Operations operations;

    public MatchdayServices(Database database, Settings settings) {
        this.settings = settings;
        this.database = database;
        DataSource db = database.dataSource();
        Clock clock = settings.clock();
        this.teamNames = TeamNames.standard();
        this.matches = new MatchRepository(db, teamNames);
        this.ingest = new IngestService(new FootballDataClient(settings.store().dataUrl(),
                settings.store().home().resolve("cache"), RetryPolicy.DEFAULT, clock), db, teamNames, clock);
        this.artifacts = new ArtifactStore(settings.store().artifacts());
        this.runs = new RunTracker(db, artifacts, clock);
        this.registry = new ModelRegistry(db, artifacts, clock);
        this.training = new ModelTraining(matches, runs, registry);
        this.fixtures = new FixtureRepository(db);
        this.ledger = new PredictionLedgerStore(db);
        this.alerts = new AlertStore(db, clock, settings.alertWebhook());
        this.monitoring = new MonitoringService(db, matches, registry, runs, alerts, settings.monitoring(), clock);
        this.retraining = new RetrainingPipeline(db, monitoring, training::train, settings.retraining(), clock,
                settings.node());
        this.jobHistory = new JobHistory(db, clock);
        this.operations = new Operations(ingest, matches, fixtures, teamNames, registry, ledger, monitoring, retraining,
                settings.operations(), clock, settings.node());
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public TeamNames teamNames() {
        return teamNames;
    }

    public MatchRepository matches() {
        return matches;
    }

    public IngestService ingest() {
        return ingest;
    }

    public ArtifactStore artifacts() {
        return artifacts;
    }

    public RunTracker runs() {
        return runs;
    }

    public ModelRegistry registry() {
        return registry;
    }

    public ModelTraining training() {
        return training;
    }

    public FixtureRepository fixtures() {
        return fixtures;
    }

    public PredictionLedgerStore ledger() {
        return ledger;
    }

    public AlertStore alerts() {
        return alerts;
    }

    public MonitoringService monitoring() {
        return monitoring;
    }

    public RetrainingPipeline retraining() {
        return retraining;
    }

    public JobHistory jobHistory() {
        return jobHistory;
    }

    public Operations operations() {
        return operations;
    }
}
