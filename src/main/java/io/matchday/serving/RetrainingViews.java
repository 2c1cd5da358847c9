package io.matchday.serving;

import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.jobs.RetrainingRun;
import io.matchday.jobs.Trigger;
import io.matchday.registry.ModelTraining;
import java.util.List;
import java.util.Optional;

/** A division's retraining as it stands: the run in progress, the last one, every trigger, the history. */
public final class RetrainingViews {

    /** The run in progress (null when none) and the last one (null before the first). */
    public record Retraining(String division, String model, RetrainingRun running, RetrainingRun last) {
    }

    private final RetrainingPipeline pipeline;

    RetrainingViews(RetrainingPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Retraining status(String division) {
        Division d = Views.division(division);
        String model = ModelTraining.defaultModelName(d);
        return new Retraining(d.code(), model, pipeline.running(model).orElse(null),
                pipeline.history(model, 1).stream().findFirst().orElse(null));
    }

    /**
     * Every retraining trigger of the division's model as it stands now. It measures drift and performance since the
     * model's training, so it takes a while (pages load it after the rest).
     */
    public List<Trigger> triggers(String division) {
        Division d = Views.division(division);
        try {
            return pipeline.evaluate(d, ModelTraining.defaultModelName(d));
        } catch (MatchdayException e) {
            return List.of(new Trigger("unavailable", false, null, null, e.getMessage()));
        }
    }

    /** A division's retraining runs, newest first. */
    public List<RetrainingRun> history(String division, int limit) {
        return pipeline.history(ModelTraining.defaultModelName(Views.division(division)), limit);
    }

    /** Why a manual retraining would run now (forced, or a trigger fires); empty when it would not. */
    public Optional<String> cause(String division, String reason, boolean force) {
        Division d = Views.division(division);
        return pipeline.manualCause(d, ModelTraining.defaultModelName(d), reason, force);
    }
}
