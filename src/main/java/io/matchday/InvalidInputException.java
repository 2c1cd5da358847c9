package io.matchday;

import java.util.List;
import java.util.Map;

/** Input that breaks a rule: a missing or malformed field, a season with nothing stored, a retraining no trigger asks for. */
public final class InvalidInputException extends Refusal {

    public InvalidInputException(String code, String title, String message, List<InvalidField> fields,
                                 Map<String, Object> details) {
        super(code, title, message, fields, details);
    }

    /** Every field at fault at once; the message names the field when there is one. */
    public static InvalidInputException of(List<InvalidField> fields) {
        String message = fields.size() == 1 ? fields.get(0).pointer() + ": " + fields.get(0).message()
                : fields.size() + " fields are invalid";
        return new InvalidInputException("invalid-request", "Invalid request", message, fields, Map.of());
    }

    public static InvalidInputException of(String pointer, String message) {
        return of(List.of(new InvalidField(pointer, message)));
    }
}
