package io.matchday.work;

import static io.matchday.work.Plans.division;
import static io.matchday.work.Plans.or;

import io.matchday.ConflictException;
import io.matchday.InvalidField;
import io.matchday.InvalidInputException;
import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.jobs.RetrainingBusyException;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.jobs.RetrainingRun;
import io.matchday.registry.ModelTraining;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A manual retraining of a division's model: with force, now; otherwise only if a trigger fires. It takes the model's
 * retraining lock when it is submitted (a second one is refused at once) and runs under it; one step.
 */
final class RetrainingPlanner {

    private final RetrainingPipeline retraining;
    private final Runnable championsMoved;

    /** @param championsMoved told once a retraining has ended, so this node serves a promoted candidate at once */
    RetrainingPlanner(RetrainingPipeline retraining, Runnable championsMoved) {
        this.retraining = retraining;
        this.championsMoved = championsMoved;
    }

    Plan plan(WorkRequest.Retraining request, String lock) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw InvalidInputException.of("/reason", "is required (it is kept in the history)");
        }
        Division division = division("/division", or(request.division(), Division.DEFAULT_CODE));
        String model = ModelTraining.defaultModelName(division);
        String why = retraining.manualCause(division, model, request.reason(), Boolean.TRUE.equals(request.force()))
                .orElseThrow(() -> new InvalidInputException("no-trigger", "No trigger fired",
                        "no retraining trigger of " + model + " fires; force it to retrain anyway",
                        List.of(new InvalidField("/force", "no trigger fires: force it to retrain anyway")), Map.of()));
        String id = lock != null ? lock : acquire(model, why);
        return new Plan("retrain " + model + " (" + request.reason() + ")", 1, new Plan.Job() {
            @Override
            public Object run(Plan.Progress progress) {
                RetrainingRun run = retraining.execute(id, division, model);
                championsMoved.run();
                progress.step();
                if ("FAILED".equals(run.status())) {
                    throw new MatchdayException("retraining failed: " + run.message());
                }
                return run;
            }

            @Override
            public Map<String, Object> summary(Object result) {
                RetrainingRun run = (RetrainingRun) result;
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("status", run.status());
                if (run.candidate() != null) {
                    s.put("candidate", run.candidate());
                }
                return s;
            }
        }, id);
    }

    private String acquire(String model, String why) {
        try {
            return retraining.acquire(model, why);
        } catch (RetrainingBusyException busy) {
            throw new ConflictException("retraining-running", "Retraining already running", busy.getMessage(),
                    Map.of("running", busy.runningId()));
        }
    }
}
