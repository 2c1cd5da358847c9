package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.data.TeamSummary;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "teams", mixinStandardHelpOptions = true,
        description = "Teams stored per division, under their canonical names, with known aliases.")
final class TeamsCommand extends ListingCommand<TeamSummary> {

    static final Listing.Table<TeamSummary> TABLE = new Listing.Table<TeamSummary>()
            .text("div", "division", TeamSummary::division)
            .text("team", "team", TeamSummary::team)
            .number("matches", "matches", TeamSummary::matches)
            .text("from", "first_season", TeamSummary::firstSeason)
            .text("to", "last_season", TeamSummary::lastSeason)
            .text("aliases", "aliases", TeamSummary::aliases);

    TeamsCommand() {
        super(TABLE, "No teams stored yet: run 'matchday ingest'.");
    }

    @Option(names = {"-d", "--division"}, paramLabel = "CODE", description = "Only this division.")
    String division;

    @Override
    List<TeamSummary> rows(Matchday matchday) {
        return matchday.matches().teams(Optional.ofNullable(division).map(Division::of));
    }
}
