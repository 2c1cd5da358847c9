package io.matchday.cli;

import io.matchday.MatchdaySettings;
import io.matchday.data.Database;
import io.matchday.data.IngestService;
import io.matchday.data.MatchRepository;
import io.matchday.data.TeamNames;
import io.matchday.jobs.JobScheduler;
import io.matchday.jobs.MatchdayServices;
import io.matchday.jobs.Operations;
import io.matchday.jobs.OperationsConfig;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import java.time.Duration;

/**
 * The services one CLI invocation works with: the composition root's graph ({@link MatchdayServices})
 * on the settings' database, every config at its defaults (the service reads its own from properties).
 */
final class Workspace implements AutoCloseable {

    final MatchdaySettings settings;
    final Database database;
    final MatchdayServices services;
    final TeamNames teamNames;
    final MatchRepository matches;
    final IngestService ingest;
    final RunTracker runs;
    final ModelRegistry registry;
    final ModelTraining training;

    private Workspace(MatchdaySettings settings) {
        this.settings = settings;
        this.database = Database.open(settings.database());
        this.services = new MatchdayServices(database, MatchdayServices.Settings.defaults(settings, node()));
        this.teamNames = services.teamNames();
        this.matches = services.matches();
        this.ingest = services.ingest();
        this.runs = services.runs();
        this.registry = services.registry();
        this.training = services.training();
    }

    private static String node() {
        return "cli-" + ProcessHandle.current().pid();
    }

    /** The jobs, monitoring and retraining on this workspace; the CLI runs jobs here, in this process. */
    Operations operations() {
        return services.operations();
    }

    /** A scheduler client on the shared table (never started here): lists the cluster's jobs and runs them in-process. */
    JobScheduler jobs() {
        return new JobScheduler(database.dataSource(), operations().jobs(), OperationsConfig.DEFAULTS,
                services.jobHistory(), node(), services.settings().clock(), Duration.ofSeconds(10));
    }

    static Workspace open(MatchdaySettings settings) {
        return new Workspace(settings);
    }

    @Override
    public void close() {
        database.close();
    }
}
