package io.matchday.cli;

import io.matchday.MatchdaySettings;
import io.matchday.data.Database;
import io.matchday.data.FootballDataClient;
import io.matchday.data.IngestService;
import io.matchday.data.MatchRepository;
import io.matchday.data.RetryPolicy;
import io.matchday.data.TeamNames;
import io.matchday.registry.ArtifactStore;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import java.time.Clock;

/** The services one CLI invocation works with, wired by hand from the settings. */
final class Workspace implements AutoCloseable {

    final MatchdaySettings settings;
    final Database database;
    final TeamNames teamNames;
    final MatchRepository matches;
    final IngestService ingest;
    final RunTracker runs;
    final ModelRegistry registry;
    final ModelTraining training;
    private io.matchday.jobs.Operations operations;

    private Workspace(MatchdaySettings settings) {
        this.settings = settings;
        this.database = Database.open(settings.database());
        this.teamNames = TeamNames.standard();
        this.matches = new MatchRepository(database.dataSource(), teamNames);
        FootballDataClient client = new FootballDataClient(settings.dataUrl(),
                settings.home().resolve("cache"), RetryPolicy.DEFAULT, Clock.systemDefaultZone());
        this.ingest = new IngestService(client, database.dataSource(), teamNames, Clock.systemUTC());
        ArtifactStore artifacts = new ArtifactStore(settings.artifacts());
        this.runs = new RunTracker(database.dataSource(), artifacts, Clock.systemUTC());
        this.registry = new ModelRegistry(database.dataSource(), artifacts, Clock.systemUTC());
        this.training = new ModelTraining(matches, runs, registry);
    }

    /**
     * The jobs, monitoring and retraining on this workspace, with the default configuration (the
     * service reads its own from properties). The CLI runs jobs here, in this process.
     */
    io.matchday.jobs.Operations operations() {
        if (operations == null) {
            String node = "cli-" + ProcessHandle.current().pid();
            var alerts = new io.matchday.monitoring.AlertStore(database.dataSource(), Clock.systemUTC(), java.util.Optional.empty());
            var monitoring = new io.matchday.monitoring.MonitoringService(database.dataSource(), matches, registry, runs, alerts,
                    io.matchday.monitoring.MonitoringConfig.DEFAULTS, Clock.systemUTC());
            var retraining = new io.matchday.jobs.RetrainingPipeline(database.dataSource(), monitoring, training::train,
                    io.matchday.jobs.RetrainingConfig.DEFAULTS, Clock.systemUTC(), node);
            operations = new io.matchday.jobs.Operations(ingest, matches, new io.matchday.data.FixtureRepository(database.dataSource()),
                    teamNames, registry, new io.matchday.monitoring.PredictionLedgerStore(database.dataSource()), monitoring,
                    retraining, io.matchday.jobs.OperationsConfig.DEFAULTS, Clock.systemUTC(), node);
        }
        return operations;
    }

    /** A scheduler client on the shared table (never started here): lists the cluster's jobs and runs them in-process. */
    io.matchday.jobs.JobScheduler jobs() {
        return new io.matchday.jobs.JobScheduler(database.dataSource(), operations().jobs(), io.matchday.jobs.OperationsConfig.DEFAULTS,
                new io.matchday.jobs.JobHistory(database.dataSource(), Clock.systemUTC()), "cli-" + ProcessHandle.current().pid(),
                Clock.systemUTC(), java.time.Duration.ofSeconds(10));
    }

    static Workspace open(MatchdaySettings settings) {
        return new Workspace(settings);
    }

    @Override
    public void close() {
        database.close();
    }
}
