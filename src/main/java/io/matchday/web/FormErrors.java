package io.matchday.web;

import io.matchday.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What is wrong with a form, by field: a service's refusal mapped from its JSON Pointers onto the form's field names
 * (several messages on one field kept apart); a refusal about no field in particular goes under {@code form}.
 */
public record FormErrors(Map<String, List<String>> byField) {

    public static final FormErrors NONE = new FormErrors(Map.of());
    public static final String FORM = "form";

    public FormErrors {
        byField = Map.copyOf(byField);
    }

    /** The refusal's fields under their pointer without its slash ({@code /seasons} → {@code seasons}). */
    public static FormErrors of(Refusal refusal) {
        return of(refusal, pointer -> pointer.length() <= 1 ? FORM : pointer.substring(1));
    }

    /** The refusal's fields under the form field {@code field} names for each pointer. */
    public static FormErrors of(Refusal refusal, UnaryOperator<String> field) {
        FormErrors errors = NONE;
        for (var f : refusal.fields()) {
            errors = errors.with(field.apply(f.pointer()), f.message());
        }
        return errors.isEmpty() ? errors.with(FORM, refusal.getMessage()) : errors;
    }

    /** These errors and one more on {@code field}. */
    public FormErrors with(String field, String message) {
        Map<String, List<String>> more = new LinkedHashMap<>(byField);
        List<String> messages = new ArrayList<>(more.getOrDefault(field, List.of()));
        messages.add(message);
        more.put(field, List.copyOf(messages));
        return new FormErrors(more);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean invalid(String field) {
        return byField.containsKey(field);
    }

    public List<String> all(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** The field's messages in one line, or null when it has none. */
    public String text(String field) {
        return invalid(field) ? String.join("; ", all(field)) : null;
    }
}
