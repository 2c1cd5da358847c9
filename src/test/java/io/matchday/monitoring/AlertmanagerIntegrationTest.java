package io.matchday.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import io.matchday.testsupport.AlertmanagerServer;
import io.matchday.testsupport.Await;
import io.matchday.testsupport.RecordingReceiver;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts through a real Alertmanager: two nodes (two stores on one database) raise the same alert and Alertmanager
 * holds it once; alerts of one name and division reach the receiver as one group; a silenced alert is not notified;
 * a resolution reaches the receiver as resolved.
 */
class AlertmanagerIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void alertsAreRaisedGroupedDeduplicatedAcrossNodesSilencedAndResolved() throws Exception {
        try (RecordingReceiver receiver = RecordingReceiver.start("/notify", 200);
             AlertmanagerServer alertmanager = AlertmanagerServer.start(dir, receiver.url());
             Database db = Database.open(new DatabaseSettings("jdbc:h2:file:" + dir.resolve("db/m") + ";AUTO_SERVER=TRUE",
                     "sa", ""))) {
            AlertRouting routing = new AlertRouting(Optional.of(URI.create(alertmanager.url())), Optional.empty(),
                    URI.create("http://console.example:8080/"), Duration.ofSeconds(30));
            AlertStore nodeA = new AlertStore(db.dataSource(), Clock.systemUTC(), routing);
            AlertStore nodeB = new AlertStore(db.dataSource(), Clock.systemUTC(), routing);
            Map<String, String> m1 = Map.of("division", "E0", "model", "e0-outcome");
            Map<String, String> m2 = Map.of("division", "E0", "model", "e0-goals");

            // a silence on one job's failures, set as an operator would (amtool does the same over this API)
            String silence = """
                    {"matchers": [{"name": "alertname", "value": "JobFailed", "isRegex": false},
                                  {"name": "job", "value": "ingest-daily", "isRegex": false}],
                     "startsAt": "%s", "endsAt": "%s", "createdBy": "test", "comment": "known outage"}"""
                    .formatted(Instant.now().minusSeconds(5), Instant.now().plusSeconds(3600));
            assertThat(alertmanager.post("/api/v2/silences", silence).statusCode()).isEqualTo(200);

            nodeA.raise(AlertKind.FEATURE_DRIFT, m1, "e0-outcome v3", "62 % of features drifted", 0.62, 0.5);
            nodeB.raise(AlertKind.FEATURE_DRIFT, m1, "e0-outcome v3", "62 % of features drifted", 0.62, 0.5);
            nodeB.raise(AlertKind.FEATURE_DRIFT, m2, "e0-goals v1", "55 % of features drifted", 0.55, 0.5);
            nodeA.raise(AlertKind.JOB_FAILED, Map.of("job", "ingest-daily"), "ingest-daily", "job failed", null, null);
            assertThat(nodeA.active()).hasSize(3);

            Await.until(() -> alerts(alertmanager).size() == 3, "three alerts in Alertmanager", Duration.ofSeconds(20),
                    () -> String.valueOf(alerts(alertmanager)));
            List<JsonNode> held = alerts(alertmanager);
            assertThat(held).filteredOn(a -> a.path("labels").path("alertname").asText().equals("FeatureDrift"))
                    .extracting(a -> a.path("labels").path("model").asText())
                    .containsExactlyInAnyOrder("e0-outcome", "e0-goals");
            JsonNode drift = held.stream().filter(a -> a.path("labels").path("model").asText().equals("e0-outcome"))
                    .findFirst().orElseThrow();
            assertThat(drift.path("labels").path("severity").asText()).isEqualTo("warning");
            assertThat(drift.path("labels").path("division").asText()).isEqualTo("E0");
            assertThat(drift.path("annotations").path("summary").asText()).contains("62 % of features drifted");
            assertThat(drift.path("generatorURL").asText()).isEqualTo("http://console.example:8080/monitoring?model=e0-outcome");
            JsonNode job = held.stream().filter(a -> a.path("labels").path("alertname").asText().equals("JobFailed"))
                    .findFirst().orElseThrow();
            assertThat(job.path("status").path("state").asText()).isEqualTo("suppressed");

            // both drift alerts arrive as one group; the silenced job failure never reaches the receiver
            Await.until(() -> firing(notifications(receiver)).stream().anyMatch(n -> n.path("alerts").size() == 2),
                    "one notification grouping both drift alerts", Duration.ofSeconds(20), () -> receiver.bodies().toString());
            assertThat(firing(notifications(receiver))).allSatisfy(n -> {
                assertThat(n.path("groupLabels").path("alertname").asText()).isEqualTo("FeatureDrift");
                assertThat(n.path("groupLabels").path("division").asText()).isEqualTo("E0");
            });

            // re-sending (as every node does each interval) changes nothing in Alertmanager
            assertThat(nodeA.resend()).isEqualTo(3);
            assertThat(nodeB.resend()).isEqualTo(3);
            assertThat(alerts(alertmanager)).hasSize(3);

            assertThat(nodeB.resolve(AlertKind.FEATURE_DRIFT, m1)).isTrue();
            assertThat(nodeA.resolve(AlertKind.FEATURE_DRIFT, m1)).isFalse();
            nodeA.resolve(AlertKind.FEATURE_DRIFT, m2);
            Await.until(() -> notifications(receiver).stream().anyMatch(n -> n.path("status").asText().equals("resolved")),
                    "a resolved notification", Duration.ofSeconds(20), () -> receiver.bodies().toString());
            JsonNode resolved = notifications(receiver).stream().filter(n -> n.path("status").asText().equals("resolved"))
                    .findFirst().orElseThrow();
            assertThat(resolved.path("alerts").findValuesAsText("status")).containsOnly("resolved");
            assertThat(nodeA.active()).extracting(ActiveAlert::alertname).containsExactly("JobFailed");
            assertThat(receiver.bodies().toString()).doesNotContain("JobFailed");
        }
    }

    /** The receiver's notifications as JSON, in arrival order. */
    private static List<JsonNode> notifications(RecordingReceiver receiver) {
        List<JsonNode> out = new ArrayList<>();
        for (String body : receiver.bodies()) {
            try {
                out.add(JSON.readTree(body));
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
        return out;
    }

    private static List<JsonNode> firing(List<JsonNode> notifications) {
        return notifications.stream().filter(n -> n.path("status").asText().equals("firing")).toList();
    }

    private static List<JsonNode> alerts(AlertmanagerServer alertmanager) {
        try {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(alertmanager.get("/api/v2/alerts").body()).forEach(out::add);
            return out;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
