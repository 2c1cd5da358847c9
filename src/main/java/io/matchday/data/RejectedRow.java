package io.matchday.data;

/** A source row that failed validation: kept, with the reason, in the quarantine table. */
record RejectedRow(int line, String rawLine, String reason) {
}
