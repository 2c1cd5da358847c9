package io.matchday;

import java.util.Objects;

/** What is wrong with one field of a request, located by a JSON Pointer (RFC 6901), e.g. {@code /odds/home}. */
public record InvalidField(String pointer, String message) {

    public InvalidField {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }
}
