package io.matchday.simulation;

import io.matchday.data.Match;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.jobs.RetrainingRun;
import io.matchday.models.Model;
import io.matchday.models.Trainer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Which model a replay forecasts each week with, and whether (and why) it was retrained for it. */
sealed interface ModelSchedule extends AutoCloseable {

    /** The model for the week starting {@code monday}; weeks are asked for in order. */
    Week modelFor(LocalDate monday);

    @Override
    default void close() {
    }

    record Week(Model model, boolean retrained, String event) {
    }

    /** Trained on the backtest's window before the first week, and again every week when {@code weekly}. */
    final class Trained implements ModelSchedule {
        private final Trainer trainer;
        private final List<Match> history;
        private final boolean weekly;
        private Model model;

        Trained(Trainer trainer, List<Match> history, boolean weekly) {
            this.trainer = trainer;
            this.history = history;
            this.weekly = weekly;
        }

        @Override
        public Week modelFor(LocalDate monday) {
            boolean retrained = model != null && weekly;
            if (model == null || weekly) {
                model = trainer.train(WalkForwardBacktest.trainingWindow(history, monday, 0));
            }
            return new Week(model, retrained, null);
        }
    }

    /** The production retraining pipeline decides, on the replay's clock: see {@link TriggeredRetraining}. */
    final class OnTrigger implements ModelSchedule {
        private final TriggeredRetraining triggered;

        OnTrigger(TriggeredRetraining triggered) {
            this.triggered = triggered;
        }

        @Override
        public Week modelFor(LocalDate monday) {
            Optional<RetrainingRun> run = triggered.checkOn(monday);
            return new Week(triggered.champion(), run.isPresent(),
                    run.map(r -> r.status() + " after " + r.triggers()).orElse(null));
        }

        @Override
        public void close() {
            triggered.close();
        }
    }
}
