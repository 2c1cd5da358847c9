package io.matchday.cli;

import io.matchday.monitoring.Alert;
import io.matchday.monitoring.AlertStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Alerts raised by monitoring, newest first.")
final class AlertsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "20", description = "How many. Default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(store.settings())) {
            List<Alert> alerts = new AlertStore(workspace.database.dataSource(), java.time.Clock.systemUTC(),
                    java.util.Optional.empty()).recent(limit);
            if (json) {
                out.println(Json.write(alerts));
                return 0;
            }
            if (alerts.isEmpty()) {
                out.println("no alerts");
            }
            for (Alert a : alerts) {
                out.printf("%s  %-8s %-22s %-16s %s%n", a.raisedAt(), a.severity(), a.kind(), a.subject(), a.message());
            }
        }
        return 0;
    }
}
