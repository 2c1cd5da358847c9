package io.matchday.simulation;

import io.matchday.data.IngestService;
import io.matchday.jobs.RetrainingConfig;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A private copy of the production pipeline for a replay that retrains on trigger: ingest, training, the registry and
 * the retraining pipeline with its gate, on a database of its own that holds only what the replay gives it, reading
 * the replay's clock. The composition root builds it ({@link Factory}); closing it drops the database.
 */
public interface ReplayPipeline extends AutoCloseable {

    IngestService ingest();

    ModelTraining training();

    ModelRegistry registry();

    RetrainingPipeline retraining();

    @Override
    void close();

    /** Builds a pipeline with its artifacts under {@code scratch}, on {@code clock}, retraining as {@code retraining} says. */
    @FunctionalInterface
    interface Factory {
        ReplayPipeline open(Path scratch, Clock clock, RetrainingConfig retraining);
    }
}
