package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.data.SeasonSummary;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "seasons", mixinStandardHelpOptions = true,
        description = "Stored matches, quarantined rows and field issues per division and season.")
final class SeasonsCommand extends ListingCommand<SeasonSummary> {

    static final Listing.Table<SeasonSummary> TABLE = new Listing.Table<SeasonSummary>()
            .text("div", "division", SeasonSummary::division)
            .text("season", "season", SeasonSummary::season)
            .number("matches", "matches", SeasonSummary::matches)
            .number("quarantined", "quarantined", SeasonSummary::quarantined)
            .number("field issues", "field_issues", SeasonSummary::fieldIssues)
            .number("teams", "teams", SeasonSummary::teams)
            .text("first", "first_match", SeasonSummary::firstMatch)
            .text("last", "last_match", SeasonSummary::lastMatch);

    SeasonsCommand() {
        super(TABLE, "No matches stored yet: run 'matchday ingest'.");
    }

    @Override
    List<SeasonSummary> rows(Matchday matchday) {
        return matchday.matches().seasons();
    }
}
