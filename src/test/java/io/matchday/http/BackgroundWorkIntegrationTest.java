package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import io.matchday.testsupport.Http;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background work through the API, the same service the console uses: a backtest becomes a tracked
 * run with its leaderboard as the result; bad requests are refused with the field at fault before
 * anything runs; queued or running work can be cancelled; starting needs the admin key.
 */
class BackgroundWorkIntegrationTest {

    private static final Map<String, String> ADMIN = Map.of("X-API-Key", ServedLeague.API_KEY);

    @TempDir
    Path home;

    @Test
    void aBacktestRunsToATrackedRunAndWorkCanBeRefusedOrCancelled() throws Exception {
        try (ServedLeague league = ServedLeague.synthetic(home)) {
            Http http = league.http;
            assertThat(http.post("/api/v1/admin/work/backtest", "{\"seasons\":\"2022-23\"}").status()).isEqualTo(401);

            Http.Reply bad = http.post("/api/v1/admin/work/backtest", "{\"models\":\"dixon-coles,nonsense\",\"seasons\":\"2022-23\"}", ADMIN);
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/models");
            Http.Reply empty = http.post("/api/v1/admin/work/backtest", "{\"seasons\":\"2031-32\"}", ADMIN);
            assertThat(empty.status()).isEqualTo(422);
            assertThat(empty.json().path("errors").get(0).path("message").asText()).contains("no stored matches");

            Http.Reply started = http.post("/api/v1/admin/work/backtest", "{\"models\":\"dixon-coles,elo\",\"seasons\":\"2022-23\"}", ADMIN);
            assertThat(started.status()).isEqualTo(202);
            String location = started.headers().firstValue("Location").orElseThrow();
            JsonNode done = await(http, location);
            assertThat(done.path("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(done.path("done").asInt()).isEqualTo(done.path("total").asInt()).isPositive();
            String run = done.path("runId").asText();
            assertThat(http.get("/api/v1/work/" + done.path("id").asText() + "/result").json().path("models")).hasSize(3);
            assertThat(http.get("/runs/" + run).status()).isEqualTo(200);

            // Two seasons retrained every week: still running when it is cancelled.
            Http.Reply replay = http.post("/api/v1/admin/work/replay",
                    "{\"seasons\":\"2021-22\",\"to\":\"2022-23\",\"retrain\":\"weekly\"}", ADMIN);
            assertThat(replay.status()).isEqualTo(202);
            String id = replay.json().path("id").asText();
            Http.Reply cancelled = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(league.server.url()
                    + "/api/v1/admin/work/" + id)).header("X-API-Key", ServedLeague.API_KEY).DELETE());
            assertThat(cancelled.json().path("cancelled").asBoolean()).as(http.get("/api/v1/work/" + id).body()).isTrue();
            assertThat(await(http, "/api/v1/work/" + id).path("state").asText()).isEqualTo("CANCELLED");
            assertThat(http.get("/api/v1/work?kind=replay").json()).hasSize(1);
        }
    }

    private static JsonNode await(Http http, String location) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode status = http.get(location).json();
            String state = status.path("state").asText();
            if (state.equals("SUCCEEDED") || state.equals("FAILED") || state.equals("CANCELLED")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(location + " did not end");
    }
}
