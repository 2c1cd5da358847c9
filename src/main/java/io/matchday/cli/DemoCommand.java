package io.matchday.cli;

import io.matchday.data.Division;
import io.matchday.data.SeasonRange;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The whole pipeline on the embedded defaults: ingest every season the data source has "
            + "and print what is stored."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(store.settings())) {
            out.println("Matchday demo");
            out.println("  data source: " + workspace.settings.dataUrl());
            out.println("  database:    " + workspace.settings.database().url());
            List<Division> divisions = workspace.ingest.client().listDivisions();
            if (divisions.isEmpty()) {
                divisions = List.of(Division.of("E0"));
            }
            out.println("  divisions:   " + divisions);
            out.println();
            IngestRun.run(workspace, divisions, SeasonRange.ALL, out);
            out.println();
            out.println("Next: 'matchday seasons', 'matchday teams --division E0', 'matchday quarantine'.");
        }
        return 0;
    }
}
