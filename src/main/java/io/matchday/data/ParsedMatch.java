package io.matchday.data;

import java.util.List;

/**
 * A match read from a source file, with the line it came from, a hash of the row's content (how
 * re-ingestion tells unchanged rows from corrected ones) and the auxiliary values it had to drop.
 */
record ParsedMatch(Match match, int line, String rowHash, List<FieldIssue> issues) {

    ParsedMatch {
        issues = List.copyOf(issues);
    }
}
