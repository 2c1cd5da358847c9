package io.matchday;

import java.util.List;
import java.util.Map;

/**
 * A request at odds with what is going on: a retraining already running, work that cannot be cancelled, a result
 * asked for before the work has finished, a promotion the gate refused.
 */
public final class ConflictException extends Refusal {

    public ConflictException(String code, String title, String message) {
        this(code, title, message, Map.of());
    }

    public ConflictException(String code, String title, String message, Map<String, Object> details) {
        super(code, title, message, List.of(), details);
    }
}
