package io.matchday;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request refused for a reason its sender can fix: what kind of refusal it is (by its subclass), a stable
 * {@code code} that names it, a short title, the fields at fault (JSON Pointers into the request) and any further
 * details (such as the closest team names). Services throw it without knowing who asked: the HTTP edge answers it as
 * RFC 7807 problem JSON, the console as a page or a form's field errors, the CLI as one line.
 */
public abstract sealed class Refusal extends MatchdayException
        permits InvalidInputException, NotFoundException, ConflictException {

    private final String code;
    private final String title;
    private final List<InvalidField> fields;
    private final Map<String, Object> details;

    Refusal(String code, String title, String message, List<InvalidField> fields, Map<String, Object> details) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.fields = List.copyOf(fields);
        this.details = Map.copyOf(details);
    }

    /** A stable name of the refusal, e.g. {@code unknown-team}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The fields at fault, each located by a JSON Pointer; empty when the refusal is about no field in particular. */
    public List<InvalidField> fields() {
        return fields;
    }

    /** Further members of the answer, e.g. {@code suggestions} for an unknown team. */
    public Map<String, Object> details() {
        return details;
    }
}
