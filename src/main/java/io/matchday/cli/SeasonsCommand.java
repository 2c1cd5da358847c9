package io.matchday.cli;

import io.matchday.data.SeasonSummary;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "seasons", mixinStandardHelpOptions = true,
        description = "Stored matches, quarantined rows and field issues per division and season.")
final class SeasonsCommand implements Callable<Integer> {

    static final Listing.Table<SeasonSummary> TABLE = new Listing.Table<SeasonSummary>()
            .text("div", "division", SeasonSummary::division)
            .text("season", "season", SeasonSummary::season)
            .number("matches", "matches", SeasonSummary::matches)
            .number("quarantined", "quarantined", SeasonSummary::quarantined)
            .number("field issues", "field_issues", SeasonSummary::fieldIssues)
            .number("teams", "teams", SeasonSummary::teams)
            .text("first", "first_match", SeasonSummary::firstMatch)
            .text("last", "last_match", SeasonSummary::lastMatch);

    @Mixin
    StoreOptions store;

    @Mixin
    Listing listing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<SeasonSummary> seasons;
        try (Workspace workspace = Workspace.open(store.settings())) {
            seasons = workspace.matches.seasons();
        }
        listing.print(spec.commandLine().getOut(), TABLE, seasons, "No matches stored yet: run 'matchday ingest'.");
        return 0;
    }
}
