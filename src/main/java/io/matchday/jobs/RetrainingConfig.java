package io.matchday.jobs;

import java.time.Duration;

/**
 * When retraining starts: any trigger fires, unless a run started within the cool-down.
 *
 * @param maxDaysSinceTraining days from the champion's last training match to today
 * @param newMatches           settled matches since the champion's training window
 * @param cooldown             least time between two retraining runs of one model
 * @param trainer              the candidate's model kind, or {@code candidates} (the default): the model name's
 *                             candidate set races through the gate, as {@code matchday train} does
 * @param margin               the promotion gate's margin
 */
public record RetrainingConfig(int maxDaysSinceTraining, int newMatches, Duration cooldown, String trainer, double margin) {

    public static final RetrainingConfig DEFAULTS = new RetrainingConfig(30, 50, Duration.ofHours(24),
            io.matchday.registry.ModelTraining.CANDIDATES, 0.0);

    public RetrainingConfig withTrainer(String trainer) {
        return new RetrainingConfig(maxDaysSinceTraining, newMatches, cooldown, trainer, margin);
    }
}
