package io.matchday.data;

/** A source row that failed validation: kept, with the reason, in the quarantine table. */
public record RejectedRow(int line, String rawLine, String reason) {
}
