package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.monitoring.Alert;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Alerts raised by monitoring, newest first.")
final class AlertsCommand extends ListingCommand<Alert> {

    static final Listing.Table<Alert> TABLE = new Listing.Table<Alert>()
            .text("raised", "raised_at", Alert::raisedAt)
            .text("severity", "severity", Alert::severity)
            .text("kind", "kind", Alert::kind)
            .text("subject", "subject", Alert::subject)
            .text("message", "message", Alert::message)
            .jsonOnly("observed", Alert::observed)
            .jsonOnly("threshold", Alert::threshold)
            .jsonOnly("id", Alert::id);

    AlertsCommand() {
        super(TABLE, "no alerts");
    }

    @Option(names = "--limit", defaultValue = "20", description = "How many. Default: ${DEFAULT-VALUE}")
    int limit;

    @Override
    List<Alert> rows(Matchday matchday) {
        return matchday.alerts().recent(limit);
    }
}
