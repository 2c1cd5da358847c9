package io.matchday.jobs;

import io.matchday.MatchdayException;

/** A retraining of the model is already running somewhere in the cluster. */
public final class RetrainingBusyException extends MatchdayException {

    private final String runningId;

    public RetrainingBusyException(String model, String runningId, String node) {
        super("a retraining of " + model + " is already running: " + runningId + " on " + node);
        this.runningId = runningId;
    }

    public String runningId() {
        return runningId;
    }
}
