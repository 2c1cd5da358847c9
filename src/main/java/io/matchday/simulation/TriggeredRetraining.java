package io.matchday.simulation;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import io.matchday.data.Division;
import io.matchday.data.FootballDataClient;
import io.matchday.data.IngestListener;
import io.matchday.data.IngestService;
import io.matchday.data.MatchRepository;
import io.matchday.data.RetryPolicy;
import io.matchday.data.SeasonRange;
import io.matchday.data.TeamNames;
import io.matchday.jobs.RetrainingConfig;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.jobs.RetrainingRun;
import io.matchday.models.Model;
import io.matchday.monitoring.AlertStore;
import io.matchday.monitoring.MonitoringConfig;
import io.matchday.monitoring.MonitoringService;
import io.matchday.registry.ArtifactStore;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.ModelVersion;
import io.matchday.registry.RunTracker;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Retraining on trigger inside a replay, through the production code: a private in-memory
 * database filled from the same data source, its own registry and artifact store, monitoring and
 * the {@link RetrainingPipeline} with the gate — all reading the simulated clock, so nothing from
 * the replay's future is visible to them.
 */
final class TriggeredRetraining implements AutoCloseable {

    static final String MODEL = "replay-outcome";

    private final Database database;
    private final SimulatedClock clock;
    private final Division division;
    private final ModelRegistry registry;
    private final RetrainingPipeline pipeline;
    private final Map<Integer, Model> loaded = new HashMap<>();

    TriggeredRetraining(URI dataUrl, Path scratch, Division division, String trainer, LocalDate firstMonday) {
        this.division = division;
        this.clock = new SimulatedClock(firstMonday);
        this.database = Database.open(new DatabaseSettings("jdbc:h2:mem:replay-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "sa", ""));
        TeamNames names = TeamNames.standard();
        new IngestService(new FootballDataClient(dataUrl, scratch.resolve("cache"), RetryPolicy.DEFAULT, clock),
                database.dataSource(), names, clock)
                .ingest(division, SeasonRange.ALL, IngestListener.NONE);   // later seasons stay invisible: every reader is clocked
        ArtifactStore artifacts = new ArtifactStore(scratch.resolve("artifacts"));
        this.registry = new ModelRegistry(database.dataSource(), artifacts, clock);
        RunTracker runs = new RunTracker(database.dataSource(), artifacts, clock);
        MatchRepository matches = new MatchRepository(database.dataSource(), names);
        ModelTraining training = new ModelTraining(matches, runs, registry);
        MonitoringService monitoring = new MonitoringService(database.dataSource(), matches, registry, runs,
                new AlertStore(database.dataSource(), clock, Optional.empty()), MonitoringConfig.DEFAULTS, clock);
        RetrainingConfig defaults = RetrainingConfig.DEFAULTS;
        this.pipeline = new RetrainingPipeline(database.dataSource(), monitoring, training::train,
                new RetrainingConfig(defaults.maxDaysSinceTraining(), defaults.newMatches(), defaults.cooldown(), trainer,
                        defaults.margin()), clock, "replay");
        training.train(new ModelTraining.Request(division, trainer, MODEL, null, 0, firstMonday));
    }

    /** Moves the clock to {@code monday}, lets the pipeline check its triggers (and retrain), and returns the run if one ran. */
    Optional<RetrainingRun> checkOn(LocalDate monday) {
        clock.set(monday);
        return pipeline.check(division, MODEL);
    }

    Model champion() {
        ModelVersion version = registry.champion(MODEL).orElseThrow();
        return loaded.computeIfAbsent(version.version(), v -> registry.load(version));
    }

    @Override
    public void close() {
        database.close();
    }
}
