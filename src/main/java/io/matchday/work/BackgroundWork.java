package io.matchday.work;

import io.matchday.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Long work started by a person or a client — a season replay, a backtest, an ingest, a
 * retraining — behind one interface: submit, follow its progress, read its result, cancel it.
 * The API and the console both use it, so where the work runs can change without either noticing.
 */
public interface BackgroundWork {

    enum Kind {
        REPLAY("replay", "weeks"), BACKTEST("backtest", "trainings"), INGEST("ingest", "files"),
        RETRAINING("retraining", "steps");

        private final String label;
        private final String unit;

        Kind(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String label() {
            return label;
        }

        /** What its progress counts. */
        public String unit() {
            return unit;
        }

        public static Kind of(String label) {
            for (Kind k : values()) {
                if (k.label.equalsIgnoreCase(label)) {
                    return k;
                }
            }
            throw new NotFoundException("unknown-work", "Unknown kind of work", "no kind of work '" + label
                    + "'; kinds: replay, backtest, ingest, retraining");
        }
    }

    /** {@code DIED}: the node running it died and it was not run again (a retraining). */
    enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, DIED;

        public boolean ended() {
            return this != QUEUED && this != RUNNING;
        }
    }

    /**
     * Where a piece of work stands. {@code done} of {@code total} counts the kind's unit;
     * {@code summary} holds its headline numbers once it has ended; {@code runId} the tracked run
     * it made (backtests, retraining), when there is one.
     */
    record Status(String id, Kind kind, String title, State state, int done, int total, Instant submittedAt,
                  Instant startedAt, Instant endedAt, String error, Map<String, Object> summary, String runId) {

        /** Progress from 0 to 100. */
        public int percent() {
            return total <= 0 ? (state.ended() ? 100 : 0) : Math.min(100, (int) Math.round(100.0 * done / total));
        }
    }

    /** Checks the request (a bad field is an {@link io.matchday.InvalidInputException} with its pointer) and queues it. */
    Status submit(WorkRequest request);

    Optional<Status> status(String id);

    /** The newest first, of one kind or all. */
    List<Status> recent(Optional<Kind> kind, int limit);

    /** What finished work produced: a replay's report, a backtest's leaderboard, an ingest's per-file summary. */
    Optional<Object> result(String id);

    /**
     * Stops queued or running work at its next step; false when it had already ended. A retraining is not cancelled
     * ({@link io.matchday.ConflictException}); unknown work is a {@link NotFoundException}.
     */
    boolean cancel(String id);
}
