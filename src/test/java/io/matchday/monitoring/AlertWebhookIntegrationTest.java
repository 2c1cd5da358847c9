package io.matchday.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import io.matchday.testsupport.RecordingReceiver;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts are stored, listed newest first, and posted as JSON to the webhook; a dead webhook loses nothing. */
class AlertWebhookIntegrationTest {

    @TempDir
    Path home;

    @Test
    void anAlertIsStoredAndPostedToTheWebhook() throws Exception {
        try (RecordingReceiver hook = RecordingReceiver.start("/alerts", 204);
             Database db = Database.open(new DatabaseSettings("jdbc:h2:file:" + home.resolve("db/m"), "sa", ""))) {
            List<String> received = hook.bodies();
            AlertStore alerts = new AlertStore(db.dataSource(), Clock.systemUTC(), webhook(hook.url()));
            Map<String, String> labels = Map.of("division", "E0", "model", "e0-outcome");
            alerts.raise(AlertKind.FEATURE_DRIFT, labels, "e0-outcome v3", "62 % of features drifted", 0.62, 0.5);
            alerts.raise(AlertKind.PERFORMANCE_DEGRADED, labels, "e0-outcome v3", "rolling RPS worse", 0.03, 0.01);
            assertThat(received).hasSize(2);
            JsonNode first = new ObjectMapper().readTree(received.get(0));
            assertThat(first.path("kind").asText()).isEqualTo("FeatureDrift");
            assertThat(first.path("observed").asDouble()).isEqualTo(0.62);
            assertThat(alerts.recent(10)).extracting(Alert::kind).containsExactly("PerformanceDegraded", "FeatureDrift");
            assertThat(alerts.active()).extracting(ActiveAlert::alertname)
                    .containsExactlyInAnyOrder("FeatureDrift", "PerformanceDegraded");

            AlertStore deadHook = new AlertStore(db.dataSource(), Clock.systemUTC(), webhook("http://127.0.0.1:9/none"));
            deadHook.raise(AlertKind.MISSING_PRICES, labels, "e0-outcome v3", "prices missing", 0.3, 0.2);
            assertThat(alerts.recent(10)).hasSize(3);
            assertThat(alerts.active()).hasSize(3);
        }
    }

    private static AlertRouting webhook(String url) {
        return new AlertRouting(Optional.empty(), Optional.of(URI.create(url)), AlertRouting.CONSOLE, AlertRouting.RESEND);
    }
}
