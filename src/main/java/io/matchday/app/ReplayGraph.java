package io.matchday.app;

import io.matchday.MatchdaySettings;
import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.IngestService;
import io.matchday.jobs.RetrainingConfig;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.simulation.ReplayPipeline;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/** A replay's private pipeline: the whole graph on an in-memory database of its own, on the replay's clock. */
final class ReplayGraph implements ReplayPipeline {

    private final Matchday graph;

    private ReplayGraph(Matchday graph) {
        this.graph = graph;
    }

    static ReplayPipeline open(Path scratch, Clock clock, RetrainingConfig retraining) {
        DatabaseSettings memory = new DatabaseSettings("jdbc:h2:mem:replay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        MatchdaySettings store = new MatchdaySettings(scratch, scratch.toUri(), memory, scratch.resolve("artifacts"));
        return new ReplayGraph(Matchday.open(Matchday.Settings.defaults(store, "replay").withClock(clock)
                .withRetraining(retraining), new SimpleMeterRegistry()));
    }

    @Override
    public IngestService ingest() {
        return graph.ingest();
    }

    @Override
    public ModelTraining training() {
        return graph.training();
    }

    @Override
    public ModelRegistry registry() {
        return graph.registry();
    }

    @Override
    public RetrainingPipeline retraining() {
        return graph.retraining();
    }

    @Override
    public void close() {
        graph.close();
    }
}
