package io.matchday.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.matchday.testsupport.Await;
import io.matchday.testsupport.ConsoleSession;
import io.matchday.testsupport.Http;
import io.matchday.testsupport.LedgerRows;
import io.matchday.testsupport.Scripts;
import io.matchday.testsupport.SteadyLoad;
import io.matchday.testsupport.SyntheticData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The cluster as {@code deploy/cluster.sh} runs it without Docker — Debian's PostgreSQL, two nodes from the jar,
 * nginx in front, Prometheus scraping both. One run for the class: under steady load through nginx a replay is
 * started, node 1 is killed (SIGKILL, perhaps while it holds a job's execution), node 2 takes every execution over,
 * and node 1 starts again. Each test checks one concern of that run; every wait is on a condition, none on a clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIntegrationTest {

    private static final String KEY = "cluster-key-93";
    private static final Duration TAKEOVER = Duration.ofSeconds(60);

    @TempDir
    static Path temp;

    private final Map<String, String> env = new HashMap<>();
    private SteadyLoad load;
    private JdbcTemplate db;
    private Http lb;
    private String replay;
    private Instant killed;
    private Instant restarting;
    private boolean up;

    @BeforeAll
    void killANodeUnderLoadAndStartItAgain() throws Exception {
        boolean tools = Files.isExecutable(Path.of("/usr/sbin/nginx")) && Files.isExecutable(Path.of("/usr/bin/prometheus"))
                && Files.isExecutable(Path.of("/usr/bin/prometheus-alertmanager")) && Files.isDirectory(Path.of("/usr/lib/postgresql"));
        if (!tools && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("postgresql, nginx, prometheus and prometheus-alertmanager are needed (.ci/run installs them)");
        }
        Assumptions.assumeTrue(tools, "postgresql, nginx or prometheus not installed");
        Path jar = Path.of("target", "matchday.jar").toAbsolutePath();
        Assumptions.assumeTrue(Files.isRegularFile(jar), "the jar is built by the package phase");
        // PostgreSQL runs as its own user when the tests run as root: it must reach the cluster's directory.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = temp.resolve("data");
        SyntheticData.write(data, 20, 3, 21);
        env.putAll(Map.of("CLUSTER_DIR", temp.resolve("cluster").toString(), "JAR", jar.toString(),
                "MATCHDAY_DATA_URL", data.toUri().toString(), "MATCHDAY_API_KEYS", KEY,
                "SPRING_APPLICATION_JSON", "{\"matchday\":{\"jobs\":{\"cron\":{\"predict-upcoming\":\"*/2 * * * * *\"}}}}"));
        for (String port : List.of("PG_PORT", "NODE1_PORT", "NODE2_PORT", "LB_PORT", "PROM_PORT", "AM_PORT")) {
            env.put(port, String.valueOf(Await.freePort()));
        }
        up = true;
        assertThat(cluster("up")).contains("up: http://");
        lb = new Http("http://127.0.0.1:" + env.get("LB_PORT"));
        db = new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + env.get("PG_PORT") + "/matchday",
                "matchday", ""));

        load = SteadyLoad.start(lb, 6);
        await("load flowing through nginx").atMost(Duration.ofSeconds(30)).until(() -> load.answered().size() >= 100);
        Http.Reply started = lb.post("/api/v1/simulations", "{\"seasons\":\"2021-22\",\"to\":\"2022-23\"}", Map.of("X-API-Key", KEY));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        replay = started.headers().firstValue("Location").orElseThrow();
        await("the replay running").atMost(Duration.ofSeconds(60))
                .until(() -> lb.get(replay).json().path("weeksDone").asInt() > 0);

        // An admin signs in on node 1 (directly): the session is in the database, so node 2 knows it too.
        ConsoleSession admin = new ConsoleSession(node(1));
        assertThat(admin.signIn(KEY, "/jobs").statusCode()).isEqualTo(303);
        signedInOnNode2BeforeKill = admin.at(node(2)).signedIn("/jobs");

        killed = Instant.now();
        cluster("kill-node", "1");
        signedInOnNode2AfterKill = admin.at(node(2)).signedIn("/jobs");
        signedInThroughNginxAfterKill = admin.at("http://127.0.0.1:" + env.get("LB_PORT")).signedIn("/models");
        actionOnNode2AfterKill = admin.at(node(2)).post("/jobs/monitor/run", "_csrf=" + admin.at(node(2)).token("/jobs"))
                .statusCode();
        // Node 2 has taken over whatever node 1 held (its heartbeats stopped) and keeps running the due job.
        await("node 2 taking over node 1's executions").atMost(TAKEOVER).until(() -> heldBy("node-1") == 0
                && predictRunsBy("node-2", killed) >= 2);
        restarting = Instant.now();
        int before = load.answered().size();
        cluster("start-node", "1");
        await("load flowing again with both nodes").atMost(Duration.ofSeconds(30))
                .until(() -> load.answered().size() >= before + 100);
        load.stop();
    }

    private String node(int n) {
        return "http://127.0.0.1:" + env.get("NODE" + n + "_PORT");
    }

    /** Executions a node has picked and not finished (a dead node's stay until another takes them over). */
    private int heldBy(String node) {
        Integer n = db.queryForObject("select count(*) from scheduled_tasks where picked and picked_by = ?", Integer.class, node);
        return n == null ? 0 : n;
    }

    private int predictRunsBy(String node, Instant since) {
        Integer n = db.queryForObject("select count(*) from job_runs where job = 'predict-upcoming' and node = ? and started_at > ?",
                Integer.class, node, Timestamp.from(since));
        return n == null ? 0 : n;
    }

    private boolean signedInOnNode2BeforeKill;
    private boolean signedInOnNode2AfterKill;
    private boolean signedInThroughNginxAfterKill;
    private int actionOnNode2AfterKill;

    @AfterAll
    void down() throws Exception {
        if (up) {
            cluster("down");
        }
    }

    @Test
    void noClientRequestFailedThroughNginx() {
        assertThat(load.failures()).as("requests that failed through nginx").isEmpty();
        assertThat(load.answered()).hasSizeGreaterThan(200);
    }

    @Test
    void everyAnsweredForecastIsInTheLedgerOnce() {
        await("every answered forecast in the ledger").atMost(Duration.ofSeconds(60))
                .until(() -> LedgerRows.stored(db, load.answered()) == load.answered().size());
        assertThat(LedgerRows.duplicates(db)).isZero();
    }

    @Test
    void theSurvivorRanTheDueJobsWhileTheNodeWasDown() {
        // A run node 1 began just before the kill may carry a start a moment after it: the second after is left out.
        assertThat(db.queryForList("select distinct node from job_runs where job = 'predict-upcoming' and started_at > ? "
                + "and started_at < ?", String.class, Timestamp.from(killed.plusSeconds(1)), Timestamp.from(restarting)))
                .as("the due jobs while node 1 was down").containsExactly("node-2");
    }

    @Test
    void aReplayStartedBeforeTheKillFinishes() {
        await("the replay finishing").atMost(Duration.ofSeconds(120))
                .until(() -> lb.get(replay).json().path("status").asText().equals("SUCCEEDED"));
    }

    @Test
    void aConsoleSessionOpenedOnOneNodeOutlivesItOnTheOther() {
        assertThat(signedInOnNode2BeforeKill).as("signed in on node 2 by signing in on node 1").isTrue();
        assertThat(signedInOnNode2AfterKill).as("still signed in on node 2 after node 1 died").isTrue();
        assertThat(signedInThroughNginxAfterKill).as("signed in through nginx, no sticky sessions").isTrue();
        assertThat(actionOnNode2AfterKill).as("an admin action on node 2 with the session node 1 opened").isEqualTo(303);
    }

    @Test
    void prometheusEvaluatesMatchdaysAlertRulesAndSendsToAlertmanager() {
        Http prometheus = new Http("http://127.0.0.1:" + env.get("PROM_PORT"));
        await("Prometheus knowing Alertmanager").atMost(Duration.ofSeconds(30)).until(() ->
                prometheus.get("/api/v1/alertmanagers").body().contains("127.0.0.1:" + env.get("AM_PORT")));
        String rules = prometheus.get("/api/v1/rules").body();
        assertThat(rules).contains("MatchdayBehindMarket", "MatchdayJobFailing", "MatchdayLedgerSpoolGrowing",
                "MatchdayNodeDown");
        assertThat(rules).doesNotContain("\"health\":\"err\"");
    }

    @Test
    void prometheusScrapesBothNodes() {
        Http prometheus = new Http("http://127.0.0.1:" + env.get("PROM_PORT"));
        await("Prometheus scraping both nodes").atMost(Duration.ofSeconds(30)).until(() -> {
            String r = prometheus.get("/api/v1/query?query=matchday_forecasts_total").body();
            return r.contains("127.0.0.1:" + env.get("NODE1_PORT")) && r.contains("127.0.0.1:" + env.get("NODE2_PORT"));
        });
    }

    private String cluster(String... args) throws Exception {
        return Scripts.run("deploy/cluster.sh", env, 300, args);
    }
}
