package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import io.matchday.testsupport.Http;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.matchday.testsupport.Await;
import io.matchday.testsupport.MatchdayProcess;
import io.matchday.testsupport.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background work on the shared scheduler, two nodes on one PostgreSQL: work started on one node is
 * followed, and its report read, on the other; work on a node killed mid-run is run again by the
 * survivor, the dead attempt noted.
 */
@ExtendWith(PostgresServer.Extension.class)
class TwoNodeWorkIntegrationTest {

    private static final Map<String, String> ADMIN = Map.of("X-API-Key", ServedLeague.API_KEY);

    @TempDir
    Path home;

    private final PostgresServer postgres;

    TwoNodeWorkIntegrationTest(PostgresServer postgres) {
        this.postgres = postgres;
    }

    @Test
    void workStartedOnOneNodeIsFollowedAndReadOnTheOther() throws Exception {
        try (ServedLeague league = ServedLeague.synthetic(home, postgres.newDatabase(), Map.of("matchday.serve.node", "node-a"));
             MatchdayServer nodeB = league.anotherNode("node-b", Map.of())) {
            Http b = new Http(nodeB.url());
            Http.Reply started = league.http.post("/api/v1/simulations", "{\"seasons\":\"2022-23\"}", ADMIN);
            assertThat(started.status()).isEqualTo(202);
            String location = started.headers().firstValue("Location").orElseThrow();
            await(() -> b.get(location).json().path("status").asText().equals("SUCCEEDED"), "the replay, seen from node B");
            JsonNode status = b.get(location).json();
            assertThat(status.path("weeksDone").asInt()).isEqualTo(status.path("weeks").asInt()).isPositive();
            Http.Reply report = b.get(location + "/report.json");
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.json().path("weeks")).hasSize(status.path("weeks").asInt());
            assertThat(b.get(location + "/report.html").body()).contains("Season replay: E0 2022-23");
            assertThat(b.get("/api/v1/work?kind=replay").json()).hasSize(1);
        }
    }

    @Test
    void workOnANodeThatDiesIsRunAgainByTheSurvivor() throws Exception {
        var database = postgres.newDatabase();
        try (ServedLeague league = ServedLeague.synthetic(home, database, Map.of("matchday.serve.node", "node-b",
                "matchday.jobs.enabled", "false"))) {
            int port = Await.freePort();
            Process nodeA = MatchdayProcess.start(List.of("-Dmatchday.serve.node=node-a", "-Dmatchday.jobs.polling=500ms",
                    "-Dmatchday.artifacts=" + league.settings.artifacts()), List.of("serve", "--port",
                    String.valueOf(port), "--api-key", ServedLeague.API_KEY, "--data-home", home.resolve("node-a").toString(),
                    "--data-url", league.settings.dataUrl().toString(),
                    "--db-url", database.url(), "--db-user", database.user(), "--db-password", database.password()),
                    home.resolve("node-a.log"));
            try {
                Http a = new Http("http://127.0.0.1:" + port);
                MatchdayProcess.awaitReady(port, () -> readLog(home.resolve("node-a.log")));
                Http.Reply started = a.post("/api/v1/admin/work/backtest",
                        "{\"models\":\"dixon-coles,elo,pi-ratings,logistic\",\"seasons\":\"2021-22..2022-23\"}", ADMIN);
                assertThat(started.status()).isEqualTo(202);
                String location = started.headers().firstValue("Location").orElseThrow();
                await(() -> {
                    JsonNode s = league.http.get(location).json();
                    return s.path("state").asText().equals("RUNNING") && s.path("done").asInt() > 0;
                }, "node A running the backtest");
                String firstRun = league.http.get(location).json().path("runId").asText();

                // Node B joins, then node A dies mid-run: B's scheduler revives the execution and runs it again.
                try (MatchdayServer nodeB = league.anotherNode("node-b2", Map.of())) {
                    nodeA.destroyForcibly().waitFor();
                    await(() -> league.http.get(location).json().path("state").asText().equals("SUCCEEDED"), "node B finishing it");
                    JsonNode done = new Http(nodeB.url()).get(location).json();
                    assertThat(done.path("error").asText()).contains("node-a").contains("died");
                    assertThat(done.path("done").asInt()).isEqualTo(done.path("total").asInt());
                    String secondRun = done.path("runId").asText();
                    assertThat(secondRun).isNotEqualTo(firstRun);
                    Http.Reply runs = new Http(nodeB.url()).get("/runs/" + firstRun);
                    assertThat(runs.body()).as("the dead attempt's run is closed").contains("died");
                }
            } finally {
                nodeA.destroyForcibly();
            }
        }
    }

    private void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        Await.until(condition::get, what, Duration.ofSeconds(90), () -> readLog(home.resolve("node-a.log")));
    }

    private static String readLog(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }
}
