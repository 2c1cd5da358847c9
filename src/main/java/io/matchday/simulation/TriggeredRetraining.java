package io.matchday.simulation;

import io.matchday.SettableClock;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.jobs.RetrainingConfig;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.jobs.RetrainingRun;
import io.matchday.models.Model;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.ModelVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.FileSystemUtils;

/**
 * Retraining on trigger inside a replay, through the production code: a {@link ReplayPipeline} the composition root
 * builds on a private database filled from the matches the replay holds (never from the data source: a replay sees
 * exactly the data the user stored), with its own artifact store, monitoring and the {@link RetrainingPipeline} with
 * the gate — all reading the simulated clock, so nothing from the replay's future is visible to them.
 */
final class TriggeredRetraining implements AutoCloseable {

    static final String MODEL = "replay-outcome";

    private final Path scratch;
    private final ReplayPipeline services;
    private final SettableClock clock;
    private final Division division;
    private final ModelRegistry registry;
    private final RetrainingPipeline pipeline;
    private final Map<Integer, Model> loaded = new HashMap<>();

    /** {@code scratch}: a directory of its own for the replay's artifacts, deleted on {@link #close()}. */
    TriggeredRetraining(ReplayPipeline.Factory pipelines, List<Match> history, Path scratch, Division division, String trainer,
                        LocalDate firstMonday) {
        this.scratch = scratch;
        this.division = division;
        this.clock = SettableClock.at(firstMonday);
        this.services = pipelines.open(scratch, clock, RetrainingConfig.DEFAULTS.withTrainer(trainer));
        // Later seasons stay invisible: every reader is clocked.
        services.ingest().store(history, URI.create("replay:/"));
        this.registry = services.registry();
        this.pipeline = services.retraining();
        services.training().train(new ModelTraining.Request(division, trainer, MODEL, null, 0, firstMonday));
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
        services.close();
        try {
            FileSystemUtils.deleteRecursively(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the replay's scratch directory " + scratch, e);
        }
    }
}
