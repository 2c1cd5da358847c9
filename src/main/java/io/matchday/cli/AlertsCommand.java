package io.matchday.cli;

import io.matchday.monitoring.Alert;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Alerts raised by monitoring, newest first.")
final class AlertsCommand implements Callable<Integer> {

    static final Listing.Table<Alert> TABLE = new Listing.Table<Alert>()
            .text("raised", "raised_at", Alert::raisedAt)
            .text("severity", "severity", Alert::severity)
            .text("kind", "kind", Alert::kind)
            .text("subject", "subject", Alert::subject)
            .text("message", "message", Alert::message)
            .jsonOnly("observed", Alert::observed)
            .jsonOnly("threshold", Alert::threshold)
            .jsonOnly("id", Alert::id);

    @Mixin
    StoreOptions store;

    @Mixin
    Listing listing;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "20", description = "How many. Default: ${DEFAULT-VALUE}")
    int limit;

    @Override
    public Integer call() {
        List<Alert> alerts;
        try (Workspace workspace = Workspace.open(store.settings())) {
            alerts = workspace.services.alerts().recent(limit);
        }
        listing.print(spec.commandLine().getOut(), TABLE, alerts, "no alerts");
        return 0;
    }
}
