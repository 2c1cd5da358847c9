package io.matchday.cli;

import io.matchday.data.Division;
import io.matchday.data.TeamSummary;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--division"}, paramLabel = "CODE", description = "Only this division.")
    String division;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        Optional<Division> filter = Optional.ofNullable(division).map(Division::of);
        List<TeamSummary> teams;
        try (Workspace workspace = Workspace.open(store.settings())) {
            teams = workspace.matches.teams(filter);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(teams.stream().map(TeamsCommand::row).toList()));
            return 0;
        }
        out.printf("%-4s %-20s %7s  %-8s %-8s  %s%n", "div", "team", "matches", "from", "to", "aliases");
        for (TeamSummary t : teams) {
            out.printf("%-4s %-20s %7d  %-8s %-8s  %s%n", t.division(), t.team(), t.matches(), t.firstSeason(),
                    t.lastSeason(), String.join(", ", t.aliases()));
        }
        return 0;
    }

    private static Map<String, Object> row(TeamSummary t) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("division", t.division().code());
        row.put("team", t.team().name());
        row.put("matches", t.matches());
        row.put("first_season", t.firstSeason().label());
        row.put("last_season", t.lastSeason().label());
        row.put("aliases", t.aliases());
        return row;
    }
}
