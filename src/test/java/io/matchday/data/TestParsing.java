package io.matchday.data;

import java.util.List;

/** Test access to the package-private CSV reader. */
public final class TestParsing {

    private TestParsing() {
    }

    public static List<Match> matches(SourceFile file) {
        ParsedFile parsed = new MatchCsvReader(TeamNames.standard()).read(file);
        if (!parsed.rejected().isEmpty()) {
            throw new IllegalStateException("synthetic data rejected: " + parsed.rejected());
        }
        return parsed.matches().stream().map(ParsedMatch::match).toList();
    }
}
