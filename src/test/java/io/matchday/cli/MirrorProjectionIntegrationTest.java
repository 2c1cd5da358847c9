package io.matchday.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.testsupport.Duck;
import io.matchday.testsupport.Mirror;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real mid-season table projected from the mirror: the table it starts from is the real one, and the sums hold. */
class MirrorProjectionIntegrationTest {

    @TempDir
    Path home;

    @Test
    void e0OnNewYearsEve2023IsProjectedFromItsRealTable() throws Exception {
        CliRun ingest = CliRun.in(home, Mirror.baseUrl(), "ingest", "-d", "E0", "--seasons", "2021-22..2023-24");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        Path json = home.resolve("projection.json");
        Path html = home.resolve("projection.html");
        CliRun run = CliRun.in(home, Mirror.baseUrl(), "project", "-d", "E0", "--season", "2023-24", "--as-of", "2023-12-31",
                "--simulations", "5000", "--json", json.toString(), "--html", html.toString(), "--parquet",
                home.resolve("projection.parquet").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // The same projection as a table, read by DuckDB: 20 sides, 20 places, each side's places summing to one.
        Path table = home.resolve("projection.parquet");
        assertThat(Duck.count(table)).isEqualTo(20);
        assertThat(Duck.columns(table)).containsEntry("p_20", "DOUBLE").doesNotContainKey("p_21").containsEntry("as_of", "DATE");
        StringBuilder places = new StringBuilder("p_1");
        for (int i = 2; i <= 20; i++) {
            places.append(" + p_").append(i);
        }
        assertThat(Duck.query("select round(min(" + places + "), 9), round(max(" + places + "), 9), round(sum(p_title), 9), "
                + "round(sum(p_relegation), 9) from read_parquet('" + table + "')").get(0)).containsExactly(1.0, 1.0, 1.0, 3.0);
        JsonNode p = new ObjectMapper().readTree(json.toFile());
        assertThat(p.path("as_of").asText()).isEqualTo("2023-12-31");
        assertThat(p.path("teams")).hasSize(20);

        Map<String, int[]> real = table(Path.of(Mirror.baseUrl()).resolve("2324").resolve("E0.csv"), LocalDate.of(2023, 12, 31));
        double title = 0;
        double relegation = 0;
        int played = 0;
        for (JsonNode t : p.path("teams")) {
            int[] row = real.get(t.path("team").asText());
            assertThat(row).as(t.path("team").asText()).isNotNull();
            assertThat(t.path("points_now").asInt()).as(t.path("team").asText()).isEqualTo(row[1]);
            assertThat(t.path("played").asInt()).isEqualTo(row[0]);
            double positions = 0;
            for (JsonNode q : t.path("positions")) {
                positions += q.asDouble();
            }
            assertThat(positions).isCloseTo(1, within(1e-9));
            title += t.path("p_title").asDouble();
            relegation += t.path("p_relegation").asDouble();
            played += row[0];
        }
        assertThat(title).isCloseTo(1, within(1e-9));
        assertThat(relegation).isCloseTo(3, within(1e-9));
        assertThat(p.path("remaining").asInt()).isEqualTo(380 - played / 2);
        assertThat(Files.readString(html)).contains("<table class=\"heat projection\"").contains("Sheffield United");
    }

    @Test
    void theSplitScottishLeagueIsRefusedInOneLine() {
        String code = Mirror.listedFiles().stream().filter(f -> f.division().equals("SC0")).reduce((a, b) -> b).orElseThrow().code();
        String season = "20" + code.substring(0, 2) + "-" + code.substring(2);
        CliRun ingest = CliRun.in(home, Mirror.baseUrl(), "ingest", "-d", "SC0", "--seasons", season);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        CliRun run = CliRun.in(home, Mirror.baseUrl(), "project", "-d", "SC0");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("splits after 33 rounds");
    }

    @Test
    void projectionsAfterMatchday19AreScoredAgainstTheFinalTables() throws Exception {
        CliRun ingest = CliRun.in(home, Mirror.baseUrl(), "ingest", "-d", "E0", "--seasons", "2018-19..2023-24");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        Path json = home.resolve("evaluation.json");
        CliRun run = CliRun.in(home, Mirror.baseUrl(), "project", "--evaluate", "-d", "E0", "--seasons", "2020-21..2023-24",
                "--at-matchday", "19", "--simulations", "2000", "--json", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode e = new ObjectMapper().readTree(json.toFile());
        assertThat(e.path("seasons_scored")).hasSize(4);
        for (String event : List.of("title", "top4", "relegation")) {
            JsonNode scores = e.path("events").path(event);
            assertThat(scores.path("teams").asInt()).isEqualTo(80);
            assertThat(scores.path("brier_model").asDouble()).isBetween(0.0, 0.25);
            assertThat(scores.path("brier_baseline").asDouble()).isBetween(0.0, 0.25);
        }
        assertThat(e.path("points_rmse").path("model").asDouble()).isLessThan(e.path("points_rmse").path("baseline").asDouble());
        assertThat(run.out()).contains("points RMSE");
    }

    /** played, points per team from the raw CSV up to the end of {@code asOf}: an independent reading of the file. */
    static Map<String, int[]> table(Path csv, LocalDate asOf) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        int date = header.indexOf("Date");
        int homeTeam = header.indexOf("HomeTeam");
        int awayTeam = header.indexOf("AwayTeam");
        int fthg = header.indexOf("FTHG");
        int ftag = header.indexOf("FTAG");
        Map<String, int[]> table = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length <= ftag || f[fthg].isBlank()) {
                continue;
            }
            LocalDate day = LocalDate.parse(f[date], DateTimeFormatter.ofPattern(f[date].length() == 10 ? "dd/MM/yyyy" : "dd/MM/yy"));
            if (day.isAfter(asOf)) {
                continue;
            }
            int hg = Integer.parseInt(f[fthg]);
            int ag = Integer.parseInt(f[ftag]);
            int[] h = table.computeIfAbsent(f[homeTeam], k -> new int[2]);
            int[] a = table.computeIfAbsent(f[awayTeam], k -> new int[2]);
            h[0]++;
            a[0]++;
            h[1] += hg > ag ? 3 : hg == ag ? 1 : 0;
            a[1] += ag > hg ? 3 : hg == ag ? 1 : 0;
        }
        return table;
    }
}
