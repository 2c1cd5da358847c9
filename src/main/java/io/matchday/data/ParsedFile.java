package io.matchday.data;

import java.util.List;

/** What one source file yielded: the valid matches and the rows sent to quarantine. */
record ParsedFile(SourceFile source, List<ParsedMatch> matches, List<RejectedRow> rejected) {
}
