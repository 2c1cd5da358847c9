package io.matchday.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.testsupport.Await;
import io.matchday.testsupport.LedgerRows;
import io.matchday.testsupport.SyntheticData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The cluster as {@code deploy/cluster.sh} runs it without Docker — Debian's PostgreSQL, two nodes
 * from the jar, nginx in front, Prometheus scraping both — under steady load, with one node killed
 * (SIGKILL) and started again: no client request fails, every answered forecast is in the ledger
 * once, the survivor runs the due jobs, a replay started before the kill finishes, and Prometheus
 * has the forecast counter of both nodes.
 */
class ClusterIntegrationTest {

    private static final String KEY = "cluster-key-93";

    @TempDir
    static Path temp;

    @Test
    void aNodeKilledUnderLoadCostsNoRequestAndNoForecast() throws Exception {
        boolean tools = Files.isExecutable(Path.of("/usr/sbin/nginx")) && Files.isExecutable(Path.of("/usr/bin/prometheus"))
                && Files.isDirectory(Path.of("/usr/lib/postgresql"));
        if (!tools && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("postgresql, nginx and prometheus are needed (.ci/run installs them)");
        }
        Assumptions.assumeTrue(tools, "postgresql, nginx or prometheus not installed");
        Path jar = Path.of("target", "matchday.jar").toAbsolutePath();
        Assumptions.assumeTrue(Files.isRegularFile(jar), "the jar is built by the package phase");
        // PostgreSQL runs as its own user when the tests run as root: it must reach the cluster's directory.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = temp.resolve("data");
        SyntheticData.write(data, 20, 3, 21);
        Map<String, String> env = new HashMap<>(Map.of("CLUSTER_DIR", temp.resolve("cluster").toString(), "JAR", jar.toString(),
                "MATCHDAY_DATA_URL", data.toUri().toString(), "MATCHDAY_API_KEYS", KEY,
                "SPRING_APPLICATION_JSON", "{\"matchday\":{\"jobs\":{\"cron\":{\"predict-upcoming\":\"*/2 * * * * *\"}}}}"));
        for (String port : List.of("PG_PORT", "NODE1_PORT", "NODE2_PORT", "LB_PORT", "PROM_PORT")) {
            env.put(port, String.valueOf(Await.freePort()));
        }
        try {
            assertThat(cluster(env, "up")).contains("up: http://");
            Http lb = new Http("http://127.0.0.1:" + env.get("LB_PORT"));
            List<String> answered = Collections.synchronizedList(new ArrayList<>());
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(6);
            for (int c = 0; c < 6; c++) {
                clients.submit(() -> {
                    for (int i = 0; !stop.get() && i < 200_000; i++) {
                        try {
                            Http.Reply reply = lb.post("/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Brackenford\"}");
                            if (reply.status() == 200) {
                                answered.add(reply.json().path("id").asText());
                            } else {
                                failures.add(reply.status() + " " + reply.body());
                            }
                        } catch (RuntimeException e) {
                            failures.add(e.toString());
                        }
                    }
                });
            }
            Thread.sleep(1500);
            Http.Reply replay = lb.post("/api/v1/simulations", "{\"seasons\":\"2021-22\",\"to\":\"2022-23\"}", Map.of("X-API-Key", KEY));
            assertThat(replay.status()).as(replay.body()).isEqualTo(202);
            String location = replay.headers().firstValue("Location").orElseThrow();
            Thread.sleep(1000);
            Instant killed = Instant.now();
            cluster(env, "kill-node", "1");
            // Longer than the 12 s it takes node 2 to take over a run node 1 held at the kill (4 missed heartbeats of
            // 2 s, checked every 4 s): with a shorter outage the test depended on whether the kill landed mid-run.
            Thread.sleep(16_000);
            Instant restarting = Instant.now();
            cluster(env, "start-node", "1");
            Thread.sleep(2000);
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(failures).as("requests that failed through nginx").isEmpty();
            assertThat(answered).hasSizeGreaterThan(300);
            DriverManagerDataSource db = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + env.get("PG_PORT") + "/matchday",
                    "matchday", "");
            JdbcTemplate jdbc = new JdbcTemplate(db);
            Await.until(() -> LedgerRows.stored(jdbc, answered) == answered.size(), "every answered forecast in the ledger",
                    Duration.ofSeconds(60), () -> LedgerRows.stored(jdbc, answered) + " of " + answered.size() + " stored");
            assertThat(LedgerRows.duplicates(jdbc)).isZero();
            assertThat(jdbc.queryForList("select distinct node from job_runs where job = 'predict-upcoming' and started_at > ? "
                    + "and started_at < ?", String.class, Timestamp.from(killed.plusSeconds(1)), Timestamp.from(restarting)))
                    .as("the due jobs while node 1 was down").containsExactly("node-2");
            Await.until(() -> lb.get(location).json().path("status").asText().equals("SUCCEEDED"), "the replay finishing",
                    Duration.ofSeconds(120), () -> lb.get(location).body());
            String prometheus = new Http("http://127.0.0.1:" + env.get("PROM_PORT"))
                    .get("/api/v1/query?query=matchday_forecasts_total").body();
            Await.until(() -> {
                String r = new Http("http://127.0.0.1:" + env.get("PROM_PORT")).get("/api/v1/query?query=matchday_forecasts_total").body();
                return r.contains("127.0.0.1:" + env.get("NODE1_PORT")) && r.contains("127.0.0.1:" + env.get("NODE2_PORT"));
            }, "Prometheus scraping both nodes", Duration.ofSeconds(30), () -> prometheus);
        } finally {
            cluster(env, "down");
        }
    }

    private static String cluster(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("deploy", "cluster.sh").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args) + ": " + output).isZero();
        return output;
    }
}
