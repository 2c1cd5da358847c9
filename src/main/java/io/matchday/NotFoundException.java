package io.matchday;

import java.util.List;
import java.util.Map;

/**
 * Something the caller named does not exist: a registered model or a version of it, a team, a division, a run, a
 * piece of background work. Its own type so an entry point can answer "not found" without reading the message.
 */
public final class NotFoundException extends Refusal {

    public NotFoundException(String message) {
        this("not-found", "Not found", message);
    }

    public NotFoundException(String code, String title, String message) {
        this(code, title, message, List.of(), Map.of());
    }

    public NotFoundException(String code, String title, String message, List<InvalidField> fields, Map<String, Object> details) {
        super(code, title, message, fields, details);
    }
}
