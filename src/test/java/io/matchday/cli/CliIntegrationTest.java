package io.matchday.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.testsupport.Duck;
import io.matchday.testsupport.PostgresServer;
import io.matchday.testsupport.SyntheticData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CLI as a user drives it, on a synthetic league and a real database. */
@ExtendWith(PostgresServer.Extension.class)
class CliIntegrationTest {

    @TempDir
    Path home;
    @TempDir
    Path data;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void writeLeague() {
        SyntheticData.write(data, 20, 2, 5);
    }

    private CliRun run(String... args) {
        return CliRun.in(home, data.toUri(), args);
    }

    @Test
    void ingestsWithASummaryAndReportsEverythingUnchangedTheSecondTime() {
        CliRun first = run("ingest", "--division", "E0", "--seasons", "all");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("E0   2020-21       380        0         0           0")
                .contains("2 files, 760 matches: 760 new and 0 updated matches stored; 0 rows quarantined, 0 field issues");
        CliRun second = run("ingest", "--division", "E0");
        assertThat(second.out()).contains("E0   2021-22         0        0       380           0")
                .contains("2 files, 760 matches: everything unchanged; 0 rows quarantined, 0 field issues");
    }

    @Test
    void listsSeasonsAsJson() throws IOException {
        run("ingest", "--division", "E0", "--seasons", "2020-21..2021-22");
        JsonNode seasons = json.readTree(run("seasons", "--json").out());
        assertThat(seasons).hasSize(2);
        assertThat(seasons.get(0).get("division").asText()).isEqualTo("E0");
        assertThat(seasons.get(0).get("season").asText()).isEqualTo("2020-21");
        assertThat(seasons.get(0).get("matches").asInt()).isEqualTo(380);
        assertThat(seasons.get(1).get("quarantined").asInt()).isZero();
    }

    @Test
    void listsTeamsAndQuarantine() throws IOException {
        Path file = data.resolve("2021/E0.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(1, lines.get(1).replaceFirst("15:00,", "15:00,Nobody,"));   // shifts columns: a broken row
        String[] third = lines.get(2).split(",", -1);
        third[List.of(lines.get(0).split(",")).indexOf("HY")] = "1.2";          // a bad card count: a field issue
        lines.set(2, String.join(",", third));
        Files.write(file, lines);
        assertThat(run("ingest", "--division", "E0").out()).contains("1 rows quarantined, 1 field issues");

        CliRun teams = run("teams", "--division", "E0");
        assertThat(teams.out().lines().skip(1)).hasSize(20);
        JsonNode both = json.readTree(run("quarantine", "--json").out());
        JsonNode quarantine = both.get("quarantined");
        assertThat(quarantine).hasSize(1);
        assertThat(quarantine.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(quarantine.get(0).get("file").asText()).endsWith("2021/E0.csv");
        assertThat(quarantine.get(0).get("reason").asText()).isNotBlank();
        assertThat(both.get("field_issues")).singleElement().satisfies(issue -> {
            assertThat(issue.get("line").asInt()).isEqualTo(3);
            assertThat(issue.get("column").asText()).isEqualTo("HY");
            assertThat(issue.get("raw_value").asText()).isEqualTo("1.2");
            assertThat(issue.get("match").asText()).contains(third[3] + " v " + third[4]);
        });
        assertThat(run("quarantine").out()).contains("1 quarantined row(s).")
                .contains("1 field issue(s): the value is stored as absent, the match is kept.");
        assertThat(json.readTree(run("seasons", "--json").out()).get(0).get("field_issues").asInt()).isEqualTo(1);
    }

    @Test
    void anHtmlPageFailsWithOneLineNamingTheFile() throws IOException {
        run("ingest", "--division", "E0", "--seasons", "2020-21");
        Files.writeString(data.resolve("2122/E0.csv"), "<html><body>Temporarily unavailable</body></html>");
        CliRun failed = run("ingest", "--division", "E0", "--seasons", "2020-21..2021-22");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err().lines()).singleElement().asString()
                .startsWith("error: file:").endsWith("2122/E0.csv: is an HTML page, not a football-data CSV");
        assertThat(run("seasons").out()).contains("2020-21").doesNotContain("2021-22");
    }

    @Test
    void badArgumentsGetOneClearLineAndANonZeroExit() {
        assertOneLineError(run("ingest", "--seasons", "2023-25"), "error: season '2023-25' does not span two consecutive years");
        assertOneLineError(run("ingest", "--division", "E0!"), "error: not a division code: 'E0!' (expected e.g. E0, SP1, D1)");
        assertOneLineError(run("ingest", "--seasons", "2018-19"), "error: file:");
        CliRun unknownOption = run("ingest", "--colour", "blue");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err().lines()).singleElement().asString()
                .isEqualTo("error: Unknown options: '--colour', 'blue' (see 'matchday ingest --help')");
        assertOneLineError(run("backtest", "--test-seasons", "all"), "error: name the test seasons");
        assertOneLineError(run("predict", "--home", "A", "--away", "B", "--odds", "2,3"), "error: --odds needs three prices");
        run("ingest", "--division", "E0");
        assertOneLineError(run("simulate", "--seasons", "2021-22", "--model", "market"),
                "error: model market forecasts from closing prices, which are known only at kick-off, so it cannot bet");
        assertOneLineError(CliRun.of("seasons", "--data-url", "ftp://example.org/x"),
                "error: data URL must start with http:, https: or file: — got ftp://example.org/x");
    }

    private static void assertOneLineError(CliRun run, String start) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith(start);
    }

    static Stream<String> commands() {
        return Stream.of("demo", "ingest", "seasons", "teams", "quarantine", "generate", "backtest", "predict",
                "tune", "runs", "runs show", "train", "models", "models card", "compare", "promote", "rollback", "bench", "bench ingest", "bench models", "bench registry",
                "project", "bench explain", "bench project");
    }

    @Test
    void backtestsWithALeaderboardJsonAndHtml(@TempDir Path out) throws IOException {
        run("ingest", "--division", "E0");
        Path jsonFile = out.resolve("bt.json");
        Path htmlFile = out.resolve("bt.html");
        Path forecasts = out.resolve("forecasts.parquet");
        CliRun backtest = run("backtest", "--models", "climatology,dixon-coles", "--test-seasons", "2021-22",
                "--json", jsonFile.toString(), "--html", htmlFile.toString(), "--forecasts", forecasts.toString(),
                "--parquet", out.resolve("leaderboard.parquet").toString());
        assertThat(backtest.exitCode()).as(backtest.err()).isZero();
        // Every forecast as Parquet, read back by DuckDB with its types: 380 matches × 3 models.
        assertThat(Duck.count(forecasts)).isEqualTo(380 * 3);
        assertThat(Duck.columns(forecasts)).containsExactly(entry("division", "VARCHAR"), entry("season", "VARCHAR"),
                entry("date", "DATE"), entry("home", "VARCHAR"), entry("away", "VARCHAR"), entry("result", "VARCHAR"),
                entry("model", "VARCHAR"), entry("p_home", "DOUBLE"), entry("p_draw", "DOUBLE"), entry("p_away", "DOUBLE"),
                entry("rps", "DOUBLE"));
        assertThat(Duck.query("select count(*), count(distinct home), round(sum(p_home + p_draw + p_away), 6) from read_parquet('"
                + forecasts + "') where model = 'dixon-coles' and season = '2021-22' and date between '2021-07-01' and '2022-06-30'")
                .get(0)).containsExactly(380L, 20L, 380.0);
        Path leaderboard = out.resolve("leaderboard.parquet");
        assertThat(Duck.columns(leaderboard)).containsEntry("uses_prices", "BOOLEAN").containsEntry("matches", "INTEGER")
                .containsEntry("delta_rps", "DOUBLE");
        assertThat(Duck.query("select model, uses_prices, matches from read_parquet('" + leaderboard + "') order by model"))
                .containsExactly(List.of("climatology", false, 380), List.of("dixon-coles", false, 380),
                        List.of("market", true, 380));
        assertThat(backtest.out()).contains("Walk-forward backtest, E0 2021-22: 380 matches").contains("dixon-coles");
        JsonNode report = json.readTree(jsonFile.toFile());
        assertThat(report.get("matches").asInt()).isEqualTo(380);
        assertThat(report.get("models")).extracting(m -> m.get("name").asText())
                .containsExactlyInAnyOrder("market", "climatology", "dixon-coles");
        JsonNode dc = report.get("models").get(2);
        assertThat(dc.get("uses_prices").asBoolean()).isFalse();
        assertThat(dc.get("delta_ci_low").asDouble()).isLessThan(dc.get("delta_ci_high").asDouble());
        assertThat(Files.readString(htmlFile)).contains("aria-label=\"Cumulative RPS difference").contains("Chart")
                .doesNotContain("src=\"http");

        JsonNode runs = json.readTree(run("runs", "--json").out());
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("kind").asText()).isEqualTo("backtest");
        assertThat(runs.get(0).get("status").asText()).isEqualTo("finished");
        assertThat(runs.get(0).get("data_fingerprint").asText()).hasSize(64);
        JsonNode shown = json.readTree(run("runs", "show", runs.get(0).get("id").asText(), "--json").out());
        assertThat(shown.get("artifacts")).extracting(a -> a.get("name").asText()).containsExactly("backtest.html", "backtest.json", "forecasts.parquet", "rps_by_match.json");
        assertThat(shown.get("metrics").toString()).contains("dixon-coles.rps");

        run("backtest", "--models", "dixon-coles", "--test-seasons", "2021-22");
        JsonNode both = json.readTree(run("runs", "--json").out());
        CliRun compare = run("compare", both.get(1).get("id").asText(), both.get(0).get("id").asText());
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("dixon-coles.rps").contains("climatology.rps")
                .contains("dixon-coles: RPS b − a +0.00000, 95% CI [+0.00000, +0.00000] on 380 shared matches");
    }

    @Test
    void aVersionChallengesItsChampionUntilRemoved() throws IOException {
        run("ingest", "--division", "E0");
        run("train", "--model", "dixon-coles");
        run("train", "--model", "climatology", "--register", "e0-outcome");
        assertThat(run("challengers").out()).contains("no challengers");
        CliRun added = run("challenge", "e0-outcome", "2", "--reason", "shadow the baseline");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("version 2 of e0-outcome (climatology) challenges its champion");
        JsonNode listed = json.readTree(run("challengers", "--json").out());
        assertThat(listed).hasSize(1);
        JsonNode c = listed.get(0);
        assertThat(c.get("name").asText()).isEqualTo("e0-outcome");
        assertThat(c.get("champion_version").asInt()).isEqualTo(1);
        assertThat(c.get("challenger_version").asInt()).isEqualTo(2);
        assertThat(c.get("trainer").asText()).isEqualTo("climatology");
        assertThat(c.get("forecasts").asLong()).isZero();
        assertThat(c.get("settled").asInt()).isZero();
        assertThat(c.get("decision").asText()).isEqualTo("collecting");
        assertOneLineError(run("challenge", "e0-outcome", "2"), "error: version 2 of e0-outcome is a challenger already");
        assertOneLineError(run("challenge", "e0-outcome", "1"),
                "error: version 1 of e0-outcome is its champion: a challenger must be another version");
        CliRun early = run("challenge", "e0-outcome", "2", "--promote");
        assertThat(early.exitCode()).isEqualTo(1);
        assertThat(early.err()).contains("is at 'collecting' after 0 settled pairs");
        assertThat(run("challenge", "e0-outcome", "2", "--remove").out()).contains("no longer challenges");
        assertThat(run("challengers").out()).contains("no challengers");
        assertOneLineError(run("challenge", "e0-outcome", "2", "--remove"), "error: version 2 of e0-outcome is not a challenger");
    }

    @Test
    void trainsRegistersAndGatesModels() throws IOException {
        run("ingest", "--division", "E0");
        CliRun first = run("train", "--model", "dixon-coles");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("registered e0-outcome version 1 -> validation 2021-22: champion: no champion yet");
        CliRun worse = run("train", "--model", "climatology", "--register", "e0-outcome");
        assertThat(worse.out()).contains("registered e0-outcome version 2 -> validation 2021-22: challenger: does not clearly beat");

        JsonNode models = json.readTree(run("models", "--json").out());
        assertThat(models).hasSize(2);
        assertThat(models.get(0).get("aliases").toString()).isEqualTo("[\"champion\"]");
        assertThat(models.get(0).get("data_fingerprint").asText()).hasSize(64);
        assertThat(models.get(0).get("metrics").get("validation.rps").asDouble()).isBetween(0.15, 0.25);

        CliRun refused = run("promote", "e0-outcome", "2", "--reason", "try");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: refused by the promotion gate: challenger").contains("95% CI");
        assertThat(run("promote", "e0-outcome", "2", "--reason", "demo", "--force").out())
                .contains("e0-outcome version 2 is champion (forced)");
        assertThat(run("rollback", "e0-outcome").out()).contains("e0-outcome champion is version 1 again");
        CliRun fromChampion = run("predict", "--home", "Ashbury", "--away", "Brackenford", "--date", "2022-08-20", "--champion");
        assertThat(fromChampion.out()).contains("e0-outcome champion: version 1").contains("dixon-coles");
        assertThat(fromChampion.out().lines().filter(l -> l.contains("home 0.")).findFirst().orElseThrow())
                .isEqualTo(run("predict", "--home", "Ashbury", "--away", "Brackenford", "--date", "2022-08-20").out()
                        .lines().filter(l -> l.contains("home 0.")).findFirst().orElseThrow());
        assertThat(run("models", "--audit").out().lines().toList()).hasSize(4).anySatisfy(line ->
                assertThat(line).contains("e0-outcome champion: 1 -> 2 forced  (demo)"));
        assertThat(json.readTree(run("models", "--json").out()).get(0).get("aliases").toString()).contains("champion");
        assertOneLineError(run("train", "--model", "astrology", "--register", "e0-outcome"), "error: unknown model 'astrology'");
        assertThat(run("train", "--model", "elo", "--no-register").out()).contains("trained elo").doesNotContain("registered");

        run("train", "--model", "dixon-coles", "--register", "e0-outcome");
        JsonNode again = json.readTree(run("models", "--json").out());
        JsonNode v1 = again.get(0);
        JsonNode v3 = again.get(2);
        assertThat(v3.get("data_fingerprint")).isEqualTo(v1.get("data_fingerprint"));
        assertThat(v3.get("metrics").get("validation.rps")).isEqualTo(v1.get("metrics").get("validation.rps"));
        assertThat(v3.get("artifact")).as("same data, same model, same bytes").isEqualTo(v1.get("artifact"));

        Path card = Files.createTempFile(home, "card", ".html");
        CliRun markdown = run("models", "card", "e0-outcome", "1", "--html", card.toString());
        assertThat(markdown.exitCode()).as(markdown.err()).isZero();
        assertThat(Files.readString(card)).contains("<h1>Model card: e0-outcome version 1</h1>")
                .contains(">95 % CI</th>").contains("aria-label=\"Reliability diagram on the validation season\"")
                .contains("Data fingerprint");
        assertThat(run("models", "card", "e0-outcome", "1").out()).contains("## Validation against the market")
                .contains("| dixon-coles |").contains("## Intended use and limits");
    }

    @Test
    void predictsAFixtureAndNamesUnknownTeams() {
        run("ingest", "--division", "E0");
        CliRun predict = run("predict", "--home", "Ashbury", "--away", "Brackenford", "--date", "2022-08-20");
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        assertThat(predict.out()).contains("E0 2022-08-20 Ashbury v Brackenford").containsPattern("home 0\\.\\d{3}");
        CliRun unknown = run("predict", "--home", "Ashbery", "--away", "Brackenford");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("error: unknown team 'Ashbery' in E0; did you mean Ashbury");
        CliRun noPrices = run("predict", "--home", "Ashbury", "--away", "Brackenford", "--model", "market");
        assertOneLineError(noPrices, "error: model market needs closing Avg prices");
        assertThat(noPrices.err()).contains("(give the prices with --odds H,D,A)");

        CliRun why = run("predict", "--home", "Ashbury", "--away", "Brackenford", "--date", "2022-08-20", "--explain",
                "--interval", "0.9");
        assertThat(why.exitCode()).as(why.err()).isZero();
        assertThat(why.out()).contains("90 % band: home 0.").contains("average fixture").contains("home advantage")
                .contains("= forecast");
        assertOneLineError(run("predict", "--home", "Ashbury", "--away", "Brackenford", "--interval", "1.5"),
                "error: an interval level is strictly between 0 and 1, not 1.5");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasHelp(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        CliRun help = CliRun.of(args.toArray(String[]::new));
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: matchday " + command);
    }

    @Test
    void generatesASyntheticLeague(@TempDir Path out) {
        CliRun generated = CliRun.of("generate", "--teams", "8", "--seasons", "2", "--seed", "3", "--out", out.toString());
        assertThat(generated.exitCode()).isZero();
        assertThat(generated.out()).contains("Wrote 112 matches of 8 teams over 2 season(s) (2020-21..2021-22)");
        assertThat(out.resolve("2021/E0.csv")).exists();
        assertThat(out.resolve("E0-truth.csv")).exists();
        assertThat(CliRun.of("generate", "--teams", "7", "--out", out.toString()).err())
                .isEqualTo("error: a synthetic league needs an even number of teams, not 7" + System.lineSeparator());
    }

    @Test
    void demoIngestsEverythingTheSourceHas() {
        CliRun demo = run("demo", "--no-serve");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("divisions:   [E0]").contains("760 new");
    }

    @Test
    void postgresByConfigurationStoresTheSameAsH2(PostgresServer postgres) throws IOException {
        run("ingest", "--division", "E0");
        DatabaseSettings pg = postgres.newDatabase();
        List<String> pgArgs = List.of("--data-home", home.toString(), "--data-url", data.toUri().toString(),
                "--db-url", pg.url(), "--db-user", pg.user(), "--db-password", pg.password());
        List<String> ingest = new ArrayList<>(List.of("ingest", "--division", "E0"));
        ingest.addAll(pgArgs);
        assertThat(CliRun.of(ingest.toArray(String[]::new)).exitCode()).isZero();
        List<String> seasons = new ArrayList<>(List.of("seasons", "--json"));
        seasons.addAll(pgArgs);
        assertThat(json.readTree(CliRun.of(seasons.toArray(String[]::new)).out()))
                .isEqualTo(json.readTree(run("seasons", "--json").out()));
    }
}
