package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.registry.ModelTraining;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "promote", mixinStandardHelpOptions = true,
        description = {"Make a version champion through the promotion gate (backtest against the champion on the "
            + "validation season). Refused when it is not clearly better, with the numbers; --force overrides, audited."})
final class PromoteCommand extends StoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "VERSION")
    int version;

    @Option(names = "--reason", required = true, description = "Why (kept in the audit).")
    String reason;

    @Option(names = "--force", description = "Skip the gate (audited as forced).")
    boolean force;

    @Option(names = {"-d", "--division"}, defaultValue = Division.DEFAULT_CODE, description = "Division of the validation data. Default: ${DEFAULT-VALUE}")
    String division;

    @Option(names = "--margin", defaultValue = "" + ModelTraining.DEFAULT_GATE_MARGIN, paramLabel = "RPS",
            description = "The gate's margin: the CI of the RPS difference must lie below minus this. Default: ${DEFAULT-VALUE}")
    double margin;

    @Option(names = "--validation", paramLabel = "SEASON", description = "Validation season. Default: the last complete stored season.")
    String validation;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Matchday matchday = open()) {
            ModelTraining.GatedPromotion result = matchday.training().promote(name, version, reason, force,
                    Division.of(division), validation, margin);
            java.util.Map<String, String> labels = java.util.Map.of("division", division, "model", name);
            if (!result.promoted()) {
                matchday.alerts().raise(io.matchday.monitoring.AlertKind.PROMOTION_REFUSED, labels, name + " v" + version,
                        "the promotion gate refused " + name + " v" + version + ": " + result.decision().orElseThrow().summary(),
                        null, null);
                spec.commandLine().getErr().println("error: refused by the promotion gate: "
                        + result.decision().orElseThrow().summary() + " — use --force to override");
                return 1;
            }
            matchday.alerts().resolve(io.matchday.monitoring.AlertKind.PROMOTION_REFUSED, labels);
            result.decision().ifPresent(d -> out.println("gate: " + d.summary()));
            out.printf("%s version %d is champion%s%n", name, version, force ? " (forced)" : "");
        }
        return 0;
    }
}
