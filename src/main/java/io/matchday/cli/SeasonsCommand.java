package io.matchday.cli;

import io.matchday.data.SeasonSummary;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "seasons", mixinStandardHelpOptions = true,
        description = "Stored matches and quarantined rows per division and season.")
final class SeasonsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        List<SeasonSummary> seasons;
        try (Workspace workspace = Workspace.open(store.settings())) {
            seasons = workspace.matches.seasons();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(seasons.stream().map(SeasonsCommand::row).toList()));
            return 0;
        }
        out.printf("%-4s %-8s %7s %11s %5s  %-10s  %-10s%n", "div", "season", "matches", "quarantined", "teams",
                "first", "last");
        for (SeasonSummary s : seasons) {
            out.printf("%-4s %-8s %7d %11d %5d  %-10s  %-10s%n", s.division(), s.season(), s.matches(),
                    s.quarantined(), s.teams(), orDash(s.firstMatch()), orDash(s.lastMatch()));
        }
        if (seasons.isEmpty()) {
            out.println("No matches stored yet: run 'matchday ingest'.");
        }
        return 0;
    }

    private static Map<String, Object> row(SeasonSummary s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("division", s.division().code());
        row.put("season", s.season().label());
        row.put("matches", s.matches());
        row.put("quarantined", s.quarantined());
        row.put("teams", s.teams());
        row.put("first_match", s.firstMatch());
        row.put("last_match", s.lastMatch());
        return row;
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
