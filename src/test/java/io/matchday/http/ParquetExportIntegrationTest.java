package io.matchday.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.matchday.simulation.Projection;
import io.matchday.tabular.ParquetTable;
import io.matchday.testsupport.Await;
import io.matchday.testsupport.Duck;
import io.matchday.testsupport.Http;
import io.matchday.testsupport.ServedLeague;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matchday's tables as Parquet, read back by an independent reader (DuckDB): the ledger through the API (the whole
 * filtered set, by Accept header or {@code ?format=parquet}) and the console, and a season projection's table —
 * exact column types and row counts.
 */
class ParquetExportIntegrationTest {

    private static final String TEAMS = "{\"home\":\"%s\",\"away\":\"%s\"}";

    @TempDir
    Path home;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theWholeFilteredLedgerComesAsTypedParquet() throws Exception {
        try (ServedLeague league = ServedLeague.synthetic(home)) {
            // 60 forecasts for Ashbury at home, 1,140 others: more than one of the reader's chunks in all
            for (int i = 0; i < 1200; i++) {
                Http.Reply served = league.http.post("/api/v1/predict", TEMPLATE(i % 20 == 0 ? "Ashbury" : "Brackenford",
                        "Dunmere"));
                assertThat(served.status()).as(served.body()).isEqualTo(200);
            }
            Await.until(() -> league.http.get("/api/v1/predictions?size=1").json().path("total").asLong() == 1200,
                    "1,200 forecasts in the ledger", Duration.ofSeconds(30), () -> "");
            long ashbury = league.http.get("/api/v1/predictions?size=1&team=Ashbury").json().path("total").asLong();
            assertThat(ashbury).isEqualTo(60);

            Path all = download(league.server.url() + "/api/v1/predictions", ParquetTable.MEDIA_TYPE, "all.parquet");
            assertThat(Duck.count(all)).isEqualTo(1200);
            assertThat(Duck.columns(all)).containsExactly(entry("id", "VARCHAR"), entry("served_at", "TIMESTAMP WITH TIME ZONE"),
                    entry("node", "VARCHAR"), entry("model", "VARCHAR"), entry("version", "INTEGER"),
                    entry("division", "VARCHAR"), entry("match_date", "DATE"), entry("home", "VARCHAR"),
                    entry("away", "VARCHAR"), entry("odds_home", "DOUBLE"), entry("odds_draw", "DOUBLE"),
                    entry("odds_away", "DOUBLE"), entry("p_home", "DOUBLE"), entry("p_draw", "DOUBLE"), entry("p_away", "DOUBLE"),
                    entry("expected_home_goals", "DOUBLE"), entry("expected_away_goals", "DOUBLE"),
                    entry("shadow_of", "VARCHAR"), entry("result", "VARCHAR"), entry("score", "VARCHAR"), entry("rps", "DOUBLE"));
            assertThat(Duck.query("select count(distinct id), count(odds_home), round(min(p_home + p_draw + p_away), 9), "
                    + "round(max(p_home + p_draw + p_away), 9) from read_parquet('" + all + "')").get(0))
                    .containsExactly(1200L, 0L, 1.0, 1.0);

            Path filtered = download(league.server.url() + "/api/v1/predictions?format=parquet&team=Ashbury", "*/*",
                    "ashbury.parquet");
            assertThat(Duck.count(filtered)).isEqualTo(ashbury);
            assertThat(Duck.query("select count(*) from read_parquet('" + filtered + "') where home = 'Ashbury' or away = 'Ashbury'")
                    .get(0)).containsExactly(ashbury);

            Path console = download(league.server.url() + "/ledger.parquet?team=Ashbury", "*/*", "console.parquet");
            assertThat(Duck.count(console)).isEqualTo(ashbury);

            HttpResponse<String> json = client.send(HttpRequest.newBuilder(URI.create(league.server.url()
                    + "/api/v1/predictions?size=2")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        }
    }

    @Test
    void aProjectionIsOneRowPerSideWithEveryPlacesChance() throws Exception {
        double[] first = {0.7, 0.2, 0.1};
        double[] second = {0.2, 0.5, 0.3};
        double[] third = {0.1, 0.3, 0.6};
        Projection projection = new Projection("E0", "2023-24", LocalDate.of(2023, 12, 31), 10_000, "e0-outcome", 6, 1,
                List.of(new Projection.TeamProjection("Man City", 19, 40, 22, 45, 82.5, 0.7, 0.99, 0.0, first),
                        new Projection.TeamProjection("Arsenal", 19, 40, 20, 40, 80.1, 0.2, 0.97, 0.0, second),
                        new Projection.TeamProjection("Burnley", 19, 8, -20, 15, 25.0, 0.0, 0.0, 0.9, third)));
        Instant computed = Instant.parse("2024-01-01T06:00:00Z");
        Path file = home.resolve("projection.parquet");
        assertThat(projection.table(computed).write(projection.teams(), file)).isEqualTo(3);
        assertThat(Duck.columns(file)).containsEntry("as_of", "DATE").containsEntry("computed_at", "TIMESTAMP WITH TIME ZONE")
                .containsEntry("simulations", "INTEGER").containsEntry("points_now", "INTEGER")
                .containsEntry("expected_points", "DOUBLE").containsEntry("p_3", "DOUBLE").doesNotContainKey("p_4");
        assertThat(Duck.query("select team, as_of, epoch(computed_at), p_1, p_3 from read_parquet('" + file + "') order by p_1 desc"))
                .containsExactly(List.of("Man City", LocalDate.of(2023, 12, 31), (double) computed.getEpochSecond(), 0.7, 0.1),
                        List.of("Arsenal", LocalDate.of(2023, 12, 31), (double) computed.getEpochSecond(), 0.2, 0.3),
                        List.of("Burnley", LocalDate.of(2023, 12, 31), (double) computed.getEpochSecond(), 0.1, 0.6));
    }

    private static String TEMPLATE(String home, String away) {
        return String.format(TEAMS, home, away);
    }

    private Path download(String url, String accept, String name) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(ParquetTable.MEDIA_TYPE);
        return Files.write(home.resolve(name), response.body());
    }
}
