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

    static Workspace open(MatchdaySettings settings) {
        return new Workspace(settings);
    }

    @Override
    public void close() {
        database.close();
    }
}
