package io.matchday.work;

import io.matchday.InvalidInputException;
import io.matchday.MatchdayException;
import io.matchday.data.Division;
import java.util.function.Supplier;

/**
 * What each kind of background work does: a request is checked and turned into a {@link Plan} — on the node that
 * takes the request, so a bad one is refused before it is queued, and again on the node that runs it.
 */
record Plans(ReplayPlanner replays, BacktestPlanner backtests, IngestPlanner ingests, RetrainingPlanner retrainings) {

    /** The plan of a new request; a retraining takes its model's lock here, so a second one is refused at once. */
    Plan prepare(WorkRequest request) {
        return plan(request, null);
    }

    /** The plan again, on the node that runs it; a retraining runs under the lock taken when it was submitted. */
    Plan resume(WorkRequest request, String runId) {
        return plan(request, runId);
    }

    private Plan plan(WorkRequest request, String lock) {
        if (request instanceof WorkRequest.Replay r) {
            return replays.plan(r);
        } else if (request instanceof WorkRequest.Backtest b) {
            return backtests.plan(b);
        } else if (request instanceof WorkRequest.Ingest i) {
            return ingests.plan(i);
        }
        return retrainings.plan((WorkRequest.Retraining) request, lock);
    }

    /** A request's value, or the field's default when it is absent or blank. */
    static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** Parses a field; a domain refusal of its value becomes an invalid field at {@code pointer}. */
    static <T> T field(String pointer, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            throw e;
        } catch (MatchdayException e) {
            throw InvalidInputException.of(pointer, e.getMessage());
        }
    }

    static Division division(String pointer, String code) {
        return field(pointer, () -> Division.of(code));
    }
}
