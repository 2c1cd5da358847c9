package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import io.matchday.testsupport.Http;
import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.jobs.JobHistory;
import io.matchday.jobs.JobRun;
import io.matchday.testsupport.Await;
import io.matchday.testsupport.MatchdayProcess;
import io.matchday.testsupport.PostgresServer;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Matchday nodes on one PostgreSQL, each running the scheduler: every run happens on exactly
 * one node, and a run on a node that dies is taken up by the other.
 */
@ExtendWith(PostgresServer.Extension.class)
class TwoNodeJobsIntegrationTest {

    @TempDir
    Path home;

    private final PostgresServer postgres;

    TwoNodeJobsIntegrationTest(PostgresServer postgres) {
        this.postgres = postgres;
    }

    @Test
    void everyRecurringAndTriggeredRunExecutesOnExactlyOneNode() throws Exception {
        Map<String, Object> everySecond = Map.of("matchday.jobs.cron.refresh-data", "*/1 * * * * *");
        try (ServedLeague league = ServedLeague.synthetic(home, postgres.newDatabase(),
                merge(everySecond, Map.of("matchday.serve.node", "node-a")));
             MatchdayServer nodeB = league.anotherNode("node-b", everySecond)) {
            JobHistory history = new JobHistory(league.database.dataSource(), Clock.systemUTC());
            Http b = new Http(nodeB.url());
            for (int i = 0; i < 20; i++) {
                Http via = i % 2 == 0 ? league.http : b;
                assertThat(via.post("/api/v1/jobs/predict-upcoming/run", "", Map.of("X-API-Key", ServedLeague.API_KEY)).status())
                        .isEqualTo(202);
            }
            await(() -> finished(history, "predict-upcoming").size() >= 20, "20 triggered runs");
            await(() -> finished(history, "refresh-data").size() >= 20, "20 recurring runs");
            Thread.sleep(1500);   // let any duplicate show itself

            List<JobRun> triggered = finished(history, "predict-upcoming");
            assertThat(triggered).hasSize(20).allSatisfy(r -> assertThat(r.status()).isEqualTo("SUCCEEDED"));
            List<JobRun> recurring = finished(history, "refresh-data");
            Map<Instant, Long> perFiring = recurring.stream().collect(Collectors.groupingBy(JobRun::scheduledFor, Collectors.counting()));
            assertThat(perFiring.values()).as("runs per scheduled firing").containsOnly(1L);
            assertThat(recurring).extracting(JobRun::node).contains("node-a", "node-b");
        }
    }

    @Test
    void aRunOnANodeThatDiesIsTakenUpByTheOther() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        HttpServer stalled = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stalled.createContext("/", exchange -> {
            try {
                released.await();   // node A's refresh hangs here until it is killed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        stalled.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        stalled.start();
        var database = postgres.newDatabase();
        try (ServedLeague league = ServedLeague.synthetic(home, database, Map.of("matchday.serve.node", "node-b",
                "matchday.jobs.enabled", "false"))) {
            JobHistory history = new JobHistory(league.database.dataSource(), Clock.systemUTC());
            int port = Await.freePort();
            Process nodeA = MatchdayProcess.start(List.of("-Dmatchday.serve.node=node-a", "-Dmatchday.jobs.polling=500ms",
                    "-Dmatchday.artifacts=" + league.settings.artifacts()), List.of("serve", "--port",
                    String.valueOf(port), "--api-key", ServedLeague.API_KEY, "--data-home", home.resolve("node-a").toString(),
                    "--data-url", "http://127.0.0.1:" + stalled.getAddress().getPort() + "/mmz4281",
                    "--db-url", database.url(), "--db-user", database.user(), "--db-password", database.password()),
                    home.resolve("node-a.log"));
            try {
                Http a = new Http("http://127.0.0.1:" + port);
                MatchdayProcess.awaitReady(port, () -> readLog(home.resolve("node-a.log")));
                assertThat(a.post("/api/v1/jobs/refresh-data/run", "", Map.of("X-API-Key", ServedLeague.API_KEY)).status())
                        .isEqualTo(202);
                await(() -> history.recent(Optional.of("refresh-data"), 5).stream()
                        .anyMatch(r -> r.node().equals("node-a") && r.status().equals("RUNNING")), "node A running the job");

                // Node B joins, then node A dies mid-run.
                try (MatchdayServer nodeB = league.anotherNode("node-b2", Map.of())) {
                    nodeA.destroyForcibly().waitFor();
                    await(() -> history.recent(Optional.of("refresh-data"), 5).stream()
                            .anyMatch(r -> r.node().equals("node-b2") && r.status().equals("SUCCEEDED")), "node B taking the run over");
                    assertThat(history.recent(Optional.of("refresh-data"), 5)).extracting(JobRun::trigger).containsOnly("manual");
                    await(() -> history.recent(Optional.of("refresh-data"), 5).stream()
                            .anyMatch(r -> r.node().equals("node-a") && r.status().equals("DIED")), "node A's run closed as DIED");
                }
            } finally {
                nodeA.destroyForcibly();
                released.countDown();
                stalled.stop(0);
            }
        }
    }

    private static List<JobRun> finished(JobHistory history, String job) {
        return history.recent(Optional.of(job), 1000).stream().filter(r -> !r.status().equals("RUNNING")).toList();
    }

    private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
    }

    private static String readLog(Path log) {
        try {
            return java.nio.file.Files.readString(log);
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }

    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        await(condition, what, () -> "");
    }

    private static void await(Supplier<Boolean> condition, String what, Supplier<String> context) throws InterruptedException {
        Await.until(condition::get, what, Duration.ofSeconds(60), context);
    }
}
