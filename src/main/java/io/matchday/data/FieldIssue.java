package io.matchday.data;

/**
 * One auxiliary value of a stored match that could not be used (a statistic, a price, the
 * kick-off time, the half-time score): stored as absent, recorded with its column, raw text and why.
 */
record FieldIssue(String column, String rawValue, String reason) {
}
