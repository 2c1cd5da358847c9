package io.matchday.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** What is wrong with one field of a request, located by a JSON Pointer (RFC 6901). */
@Schema(description = "A field-level error")
public record FieldProblem(@Schema(example = "/odds/home") String pointer,
                    @Schema(example = "must be a decimal price above 1.0, got 0.9") String message) {
}
