package io.matchday.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import io.matchday.testsupport.MatchdayProcess;
import io.matchday.testsupport.PostgresServer;
import io.matchday.testsupport.SyntheticData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real processes killed at named points (a {@code KillPoints} harness: the process halts there as
 * SIGKILL would) in {@code train}, {@code ingest}, {@code promote} and a run's start, on H2 and
 * PostgreSQL. After each kill the next command succeeds and every table is consistent: no run stays
 * {@code running}, a version without a decision shows as interrupted until a promotion decides it,
 * aliases follow the decisions and the audit, and every stored season is whole.
 */
@ExtendWith(PostgresServer.Extension.class)
class CrashConsistencyIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void onH2() throws Exception {
        killEverywhereAndCheck(new DatabaseSettings("jdbc:h2:file:" + home.resolve("db/matchday"), "sa", ""));
    }

    @Test
    void onPostgres(PostgresServer postgres) throws Exception {
        killEverywhereAndCheck(postgres.newDatabase());
    }

    private void killEverywhereAndCheck(DatabaseSettings db) throws Exception {
        Path data = home.resolve("data");
        SyntheticData.write(data, 20, 3, 5);
        List<String> common = List.of("--data-home", home.toString(), "--data-url", data.toUri().toString(), "--db-url", db.url(),
                "--db-user", db.user(), "--db-password", db.password());

        // An ingest killed after its first file: the file is whole, the next ingest completes the rest.
        assertThat(cli(null, common, "ingest", "--division", "E0").exit).isZero();
        try (Database database = Database.open(db)) {
            new JdbcTemplate(database.dataSource()).update("delete from source_file");
            new JdbcTemplate(database.dataSource()).update("delete from match_prices");
            new JdbcTemplate(database.dataSource()).update("delete from matches");
        }
        assertThat(cli("ingest.file-stored", common, "ingest", "--division", "E0").exit).isEqualTo(137);
        assertConsistent(db, 380);
        Result ingest = cli(null, common, "ingest", "--division", "E0");
        assertThat(ingest.exit).as(ingest.output).isZero();
        assertConsistent(db, 3 * 380);

        assertThat(cli(null, common, "train", "--model", "dixon-coles", "--register", "e0-outcome").exit).isZero();

        // A training killed between registering its version and the gate's decision.
        assertThat(cli("train.registered", common, "train", "--model", "climatology", "--register", "e0-outcome").exit)
                .isEqualTo(137);
        JsonNode v2 = versions(common).get(1);
        assertThat(v2.path("decision").asText()).startsWith("interrupted");
        assertConsistent(db, 3 * 380);
        Result models = cli(null, common, "models");
        assertThat(models.output).contains("interrupted: the gate never decided");

        // A promotion killed after the gate: nothing moved; the next one decides and moves.
        assertThat(cli("promote.decided", common, "promote", "e0-outcome", "2", "--reason", "resolve").exit).isEqualTo(137);
        assertThat(versions(common).get(1).path("decision").asText()).startsWith("interrupted");
        Result promote = cli(null, common, "promote", "e0-outcome", "2", "--reason", "resolve");
        assertThat(promote.exit).as(promote.output).isEqualTo(1);   // refused: climatology does not beat Dixon–Coles
        assertThat(versions(common).get(1).path("decision").asText()).contains("challenger").contains("at promotion");
        assertThat(versions(common).get(1).path("aliases").toString()).contains("challenger");
        assertConsistent(db, 3 * 380);

        // Killed right after the decision (recorded with its alias move, in one transaction), and as a run starts.
        assertThat(cli("train.decided", common, "train", "--model", "dixon-coles", "--register", "e0-outcome").exit).isEqualTo(137);
        assertThat(versions(common).get(2).path("aliases").toString()).contains("champion");
        assertThat(cli("run.started", common, "backtest", "-m", "elo", "-t", "2022-23").exit).isEqualTo(137);
        assertConsistent(db, 3 * 380);
        Result runs = cli(null, common, "runs", "--json");
        assertThat(JSON.readTree(runs.output).findValuesAsText("status")).contains("died").doesNotContain("running");
        assertThat(cli(null, common, "train", "--model", "dixon-coles", "--register", "e0-outcome").exit).isZero();
        assertConsistent(db, 3 * 380);
    }

    private JsonNode versions(List<String> common) throws Exception {
        return JSON.readTree(cli(null, common, "models", "--json").output);
    }

    /** No run left running, every version's file present, aliases that follow the audit, whole seasons only. */
    private void assertConsistent(DatabaseSettings db, int matches) {
        try (Database database = Database.open(db)) {
            ArtifactStore store = new ArtifactStore(home.resolve("artifacts"));
            RunTracker runs = new RunTracker(database.dataSource(), store, Clock.systemUTC());
            runs.closeAbandoned();
            assertThat(runs.list()).noneMatch(r -> r.status().equals("running"));
            JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
            assertThat(jdbc.queryForObject("select count(*) from matches", Integer.class)).isEqualTo(matches);
            for (Map<String, Object> season : jdbc.queryForList("select season, count(*) n from matches group by season")) {
                assertThat(((Number) season.get("n")).intValue()).as("season %s is whole", season.get("season")).isEqualTo(380);
            }
            ModelRegistry registry = new ModelRegistry(database.dataSource(), store, Clock.systemUTC());
            for (String name : registry.names()) {
                for (ModelVersion v : registry.versions(name)) {
                    assertThat(store.contains(v.artifactSha256())).isTrue();
                }
                List<AliasChange> audit = registry.audit(name);
                registry.champion(name).ifPresent(champion -> assertThat(audit.stream().filter(c -> c.alias().equals("champion"))
                        .reduce((a, b) -> b).orElseThrow().toVersion()).isEqualTo(champion.version()));
            }
        }
    }

    private record Result(int exit, String output) {
    }

    private Result cli(String killpoint, List<String> common, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(common);
        Process process = new ProcessBuilder(MatchdayProcess.command(killpoint == null ? List.of()
                : List.of("-Dmatchday.killpoint=" + killpoint), all)).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
