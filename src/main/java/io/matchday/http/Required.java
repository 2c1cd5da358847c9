package io.matchday.http;

import io.matchday.InvalidField;
import io.matchday.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** The fields every audited admin change needs, checked the same way by every endpoint that takes them. */
final class Required {

    private final List<InvalidField> problems = new ArrayList<>();

    Required text(String pointer, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidField(pointer, "is required"));
        }
        return this;
    }

    Required version(Integer version) {
        if (version == null || version < 1) {
            problems.add(new InvalidField("/version", "is required (1 or more)"));
        }
        return this;
    }

    Required reason(String reason) {
        if (reason == null || reason.isBlank()) {
            problems.add(new InvalidField("/reason", "is required (it is kept in the audit)"));
        }
        return this;
    }

    /** Every problem at once, as one 422. */
    void check() {
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems);
        }
    }
}
