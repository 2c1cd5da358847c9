package io.matchday.cli;

import io.matchday.data.Division;
import io.matchday.data.TeamSummary;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "teams", mixinStandardHelpOptions = true,
        description = "Teams stored per division, under their canonical names, with known aliases.")
final class TeamsCommand implements Callable<Integer> {

    static final Listing.Table<TeamSummary> TABLE = new Listing.Table<TeamSummary>()
            .text("div", "division", TeamSummary::division)
            .text("team", "team", TeamSummary::team)
            .number("matches", "matches", TeamSummary::matches)
            .text("from", "first_season", TeamSummary::firstSeason)
            .text("to", "last_season", TeamSummary::lastSeason)
            .text("aliases", "aliases", TeamSummary::aliases);

    @Mixin
    StoreOptions store;

    @Mixin
    Listing listing;

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--division"}, paramLabel = "CODE", description = "Only this division.")
    String division;

    @Override
    public Integer call() {
        Optional<Division> filter = Optional.ofNullable(division).map(Division::of);
        List<TeamSummary> teams;
        try (Workspace workspace = Workspace.open(store.settings())) {
            teams = workspace.matches.teams(filter);
        }
        listing.print(spec.commandLine().getOut(), TABLE, teams, "No teams stored yet: run 'matchday ingest'.");
        return 0;
    }
}
