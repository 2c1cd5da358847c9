package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import io.matchday.testsupport.Http;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of the reference system's API: a client written for it works against Matchday unchanged. */
class ReferenceApiIntegrationTest {

    private static final String ADMIN = "X-API-Key";

    @TempDir
    Path home;

    /** Every path the reference system documents, in its documented shape (../shared/reference-api.md). */
    @Test
    void theReferenceApiIsADropInForItsClients() throws Exception {
        try (ServedLeague league = ServedLeague.synthetic(home)) {
            Http.Reply predict = league.http.post("/predict", "{\"home_team\":\"ASHBURY\",\"away_team\":\" dunmere\",\"month\":3}");
            assertThat(predict.status()).as(predict.body()).isEqualTo(200);
            assertThat(predict.json().fieldNames()).toIterable().contains("home_team", "away_team", "predicted_result",
                    "home_win_probability", "draw_probability", "away_win_probability", "prediction_confidence");
            assertThat(predict.json().path("home_team").asText()).as("the name as sent").isEqualTo("ASHBURY");
            assertThat(predict.json().path("away_team").asText()).isEqualTo(" dunmere");

            Http.Reply health = league.http.get("/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().path("status").asText()).isEqualTo("healthy");
            assertThat(health.json().path("model_loaded").asBoolean()).isTrue();
            JsonNode info = league.http.get("/model/info").json();
            assertThat(info.path("model_version").asText()).startsWith("e0-outcome:");
            assertThat(info.path("model_type").asText()).isEqualTo("dixon-coles");
            assertThat(league.http.get("/teams").json().path("teams").toString()).contains("Ashbury").contains("Dunmere");
            Http.Reply status = league.http.get("/retraining/status");
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.json().has("is_running")).isTrue();
            assertThat(league.http.get("/retraining/history").json().has("history")).isTrue();

            String trigger = "{\"reason\":\"manual_test\",\"force\":true}";
            assertThat(league.http.post("/retraining/trigger", trigger).status()).as("needs the admin key").isEqualTo(401);
            Http.Reply triggered = league.http.post("/retraining/trigger", trigger, Map.of(ADMIN, ServedLeague.API_KEY));
            assertThat(triggered.status()).as(triggered.body()).isEqualTo(200);
            assertThat(triggered.json().path("message").asText()).isEqualTo("Retraining triggered successfully");
        }
    }
}
