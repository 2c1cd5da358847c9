package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import io.matchday.testsupport.Http;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.ledger.LedgerStore;
import io.matchday.testsupport.Await;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prediction ledger across a real database outage: PostgreSQL is stopped while forecasts are
 * being served and started again later. Every forecast is answered throughout; the rows written
 * while the database was down wait in the spool and reach the database, once each, after it is back.
 */
class LedgerOutageIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void forecastsFlowWhileTheDatabaseIsDownAndTheLedgerLosesNothing() throws Exception {
        int port = Await.freePort();
        Path data = dir.resolve("pg");
        EmbeddedPostgres postgres = postgres(data, port);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database matchday");
        }
        DatabaseSettings database = new DatabaseSettings(postgres.getJdbcUrl("postgres", "matchday"), "postgres", "postgres");
        try (ServedLeague league = ServedLeague.synthetic(dir.resolve("home"), database,
                Map.of("matchday.serve.ledger.replay-interval", "300ms"))) {
            LedgerStore ledger = new LedgerStore(league.database.dataSource());
            Set<String> ids = new HashSet<>();
            serve(league.http, 50, ids);
            await(() -> ledger.count() == 50, "the first 50 forecasts in the ledger");

            postgres.close();
            serve(league.http, 100, ids);
            await(() -> health(league).path("ledger").path("spooled").asLong() == 100, "100 rows spooled");
            assertThat(health(league).path("status").asText()).isEqualTo("DEGRADED");

            postgres = postgres(data, port);
            await(() -> health(league).path("ledger").path("spooled").asLong() == 0, "the spool replayed");
            await(() -> safeCount(ledger) == 150, "all 150 forecasts in the ledger");
            Set<String> stored = new HashSet<>(new org.springframework.jdbc.core.JdbcTemplate(league.database.dataSource())
                    .queryForList("select id from predictions", String.class));
            assertThat(stored).isEqualTo(ids);
            await(() -> health(league).path("status").asText().equals("UP"), "health UP again");
        } finally {
            postgres.close();
        }
    }

    /** Serves {@code n} forecasts; each must be answered, database or not. */
    private static void serve(Http http, int n, Set<String> ids) {
        for (int i = 0; i < n; i++) {
            Http.Reply reply = http.post("/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Dunmere\"}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            ids.add(reply.json().path("id").asText());
        }
    }

    private static JsonNode health(ServedLeague league) {
        return league.http.get("/api/v1/health").json();
    }

    private static long safeCount(LedgerStore ledger) {
        try {
            return ledger.count();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Await.until(condition, what, Duration.ofSeconds(30), LedgerOutageIntegrationTest::ledgerThreads);
    }

    /** Where the ledger's threads are, for a failure message. */
    private static String ledgerThreads() {
        StringBuilder threads = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.getName().startsWith("ledger")) {
                threads.append(t.getName()).append('\n');
                for (StackTraceElement e : stack) {
                    threads.append("  ").append(e).append('\n');
                }
            }
        });
        return threads.toString();
    }

    private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setRegisterShutdownHook(false).start();
    }
}
