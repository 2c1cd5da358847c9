package io.matchday.data;

/**
 * A match read from a source file, with the line it came from and a hash of the row's
 * content; the hash is how re-ingestion tells unchanged rows from corrected ones.
 */
record ParsedMatch(Match match, int line, String rowHash) {
}
