package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import io.matchday.testsupport.Http;
import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.testsupport.Await;
import io.matchday.testsupport.LedgerRows;
import io.matchday.testsupport.MatchdayProcess;
import io.matchday.testsupport.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node killed with SIGKILL under load loses no answered forecast: every forecast a client got an
 * answer for was in the node's write-ahead log before the answer went out, and the node's next start
 * stores what the database had not got yet — each row once.
 */
@ExtendWith(PostgresServer.Extension.class)
class LedgerKillIntegrationTest {

    @TempDir
    Path home;

    private final PostgresServer postgres;

    LedgerKillIntegrationTest(PostgresServer postgres) {
        this.postgres = postgres;
    }

    @Test
    void everyAnsweredForecastIsInTheLedgerOnceAfterAKill() throws Exception {
        var database = postgres.newDatabase();
        try (ServedLeague league = ServedLeague.synthetic(home, database, Map.of("matchday.jobs.enabled", "false"))) {
            int port = Await.freePort();
            List<String> jvm = List.of("-Dmatchday.serve.node=node-k", "-Dmatchday.jobs.enabled=false",
                    // Large, rare batches keep more rows in the queue, where only the write-ahead log holds them.
                    "-Dmatchday.serve.ledger.flush-interval=2s", "-Dmatchday.serve.ledger.batch-size=50000",
                    "-Dmatchday.artifacts=" + league.settings.artifacts());
            List<String> serve = List.of("serve", "--port",
                    String.valueOf(port), "--data-home", home.resolve("node-k").toString(),
                    "--data-url", league.settings.dataUrl().toString(),
                    "--db-url", database.url(), "--db-user", database.user(), "--db-password", database.password());
            Process node = MatchdayProcess.start(jvm, serve, home.resolve("node-k-first.log"));
            Http http = new Http("http://127.0.0.1:" + port);
            MatchdayProcess.awaitReady(port, () -> "");
            List<String> answered = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int c = 0; c < 8; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; !stop.get() && i < 100_000; i++) {
                        try {
                            Http.Reply reply = http.post("/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Brackenford\",\"date\":\"2031-0"
                                    + (1 + client) + "-1" + (i % 10) + "\"}");
                            if (reply.status() == 200) {
                                answered.add(reply.json().path("id").asText());
                            }
                        } catch (RuntimeException killed) {
                            return;
                        }
                    }
                });
            }
            Thread.sleep(2500);
            node.destroyForcibly().waitFor();
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(answered).as("forecasts answered before the kill").hasSizeGreaterThan(500);

            JdbcTemplate jdbc = new JdbcTemplate(league.database.dataSource());
            int storedBefore = LedgerRows.stored(jdbc, answered);
            Process again = MatchdayProcess.start(jvm, serve, home.resolve("node-k-second.log"));
            try {
                MatchdayProcess.awaitReady(port, () -> "");
                Await.until(() -> LedgerRows.stored(jdbc, answered) == answered.size(), "every answered forecast in the ledger",
                        Duration.ofSeconds(30), () -> "stored " + LedgerRows.stored(jdbc, answered) + " of " + answered.size()
                                + " (before the restart: " + storedBefore + ")");
                assertThat(new HashSet<>(answered)).hasSameSizeAs(answered);
                assertThat(LedgerRows.duplicates(jdbc)).isZero();
                assertThat(Files.readString(home.resolve("node-k-second.log"))).contains("recovered");
            } finally {
                again.destroyForcibly().waitFor();
            }
        }
    }
}
