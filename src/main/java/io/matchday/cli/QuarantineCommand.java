package io.matchday.cli;

import io.matchday.data.Division;
import io.matchday.data.QuarantinedRow;
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

@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = "Source rows that failed validation: file, line, reason and the raw line.")
final class QuarantineCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--division"}, paramLabel = "CODE", description = "Only this division.")
    String division;

    @Option(names = "--json", description = "Print a JSON array instead of a list.")
    boolean json;

    @Override
    public Integer call() {
        List<QuarantinedRow> rows;
        try (Workspace workspace = Workspace.open(store.settings())) {
            rows = workspace.matches.quarantine(Optional.ofNullable(division).map(Division::of));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(rows.stream().map(QuarantineCommand::row).toList()));
            return 0;
        }
        for (QuarantinedRow r : rows) {
            out.printf("%s:%d  %s%n    %s%n", r.sourceUrl(), r.line(), r.reason(), r.rawLine());
        }
        out.printf("%d quarantined row(s).%n", rows.size());
        return 0;
    }

    private static Map<String, Object> row(QuarantinedRow r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("division", r.division().code());
        row.put("season", r.season().label());
        row.put("file", r.sourceUrl());
        row.put("line", r.line());
        row.put("reason", r.reason());
        row.put("raw", r.rawLine());
        row.put("quarantined_at", r.quarantinedAt().toString());
        return row;
    }
}
