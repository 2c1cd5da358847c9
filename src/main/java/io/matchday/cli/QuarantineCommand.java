package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.data.DataIssue;
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
        description = {"What ingestion could not use, in two lists:",
            "rows refused because what identifies or settles the match was wrong (file, line, reason, raw line), and",
            "field issues: one auxiliary value (a statistic, a price, the kick-off time, the half-time score) "
                    + "stored as absent while its match was kept (file, line, column, raw value, reason)."})
final class QuarantineCommand implements Callable<Integer> {

    /** JSON only: in text each quarantined row prints as its place, reason and raw line. */
    static final Listing.Table<QuarantinedRow> ROWS = new Listing.Table<QuarantinedRow>()
            .jsonOnly("division", QuarantinedRow::division)
            .jsonOnly("season", QuarantinedRow::season)
            .jsonOnly("line", QuarantinedRow::line)
            .jsonOnly("reason", QuarantinedRow::reason)
            .jsonOnly("file", QuarantinedRow::sourceUrl)
            .jsonOnly("raw", QuarantinedRow::rawLine)
            .jsonOnly("quarantined_at", QuarantinedRow::quarantinedAt);

    static final Listing.Table<DataIssue> ISSUES = new Listing.Table<DataIssue>()
            .text("div", "division", DataIssue::division)
            .text("season", "season", DataIssue::season)
            .number("line", "line", DataIssue::line)
            .text("match", "match", i -> i.date() + " " + i.home() + " v " + i.away())
            .text("column", "column", DataIssue::column)
            .text("value", "raw_value", DataIssue::rawValue)
            .text("reason", "reason", DataIssue::reason)
            .jsonOnly("file", DataIssue::sourceUrl)
            .jsonOnly("recorded_at", DataIssue::recordedAt);

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
        List<QuarantinedRow> rows;
        List<DataIssue> issues;
        try (Matchday matchday = StoreCommand.open(store.settings())) {
            Optional<Division> filter = Optional.ofNullable(division).map(Division::of);
            rows = matchday.matches().quarantine(filter);
            issues = matchday.matches().dataIssues(filter);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (listing.json) {
            Map<String, Object> both = new LinkedHashMap<>();
            both.put("quarantined", ROWS.json(rows));
            both.put("field_issues", ISSUES.json(issues));
            out.println(Json.write(both));
            return 0;
        }
        for (QuarantinedRow r : rows) {
            out.printf("%s:%d  %s%n    %s%n", r.sourceUrl(), r.line(), r.reason(), r.rawLine());
        }
        out.printf("%d quarantined row(s).%n", rows.size());
        if (!issues.isEmpty()) {
            out.println();
            out.print(ISSUES.render(issues));
        }
        out.printf("%d field issue(s): the value is stored as absent, the match is kept.%n", issues.size());
        return 0;
    }
}
