package io.matchday.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.matchday.testsupport.Await;
import io.matchday.testsupport.Http;
import io.matchday.testsupport.Scripts;
import io.matchday.testsupport.SteadyLoad;
import io.matchday.testsupport.SyntheticData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compose stack users run with Docker, run here under podman by {@code deploy/containers.sh}: images built on this
 * machine (Debian packages through mmdebstrap, Matchday through Jib), the same compose file with an override that swaps
 * image names. One run for the class: under steady load through nginx, node 1's container is killed (SIGKILL), a due
 * job runs on node 2, and node 1's container is started again; then the stack goes down. Each test checks one concern.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerClusterIntegrationTest {

    private static final String KEY = "containers-key-17";

    @TempDir
    static Path temp;

    private final Map<String, String> env = new HashMap<>();
    private SteadyLoad load;
    private Http lb;
    private Instant killed;
    private Instant restarting;
    private String built;
    private boolean up;

    @BeforeAll
    void killANodeContainerUnderLoadAndStartItAgain() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("the container test runs podman as root (.ci/run runs as root)");
        }
        Assumptions.assumeTrue(root, "podman is set up as root here");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = temp.resolve("data");
        SyntheticData.write(data, 20, 3, 31);
        env.putAll(Map.of("CONTAINERS_DIR", temp.resolve("containers").toString(), "MATCHDAY_DATA_DIR", data.toString(),
                "MATCHDAY_API_KEYS", KEY));
        for (String port : List.of("MATCHDAY_PORT", "MATCHDAY_NODE1_PORT", "MATCHDAY_NODE2_PORT", "MATCHDAY_PROMETHEUS_PORT",
                "MATCHDAY_ALERTMANAGER_PORT")) {
            env.put(port, "127.0.0.1:" + Await.freePort());
        }
        built = containers("build");
        up = true;
        assertThat(containers("up")).contains("up: http://");
        lb = new Http("http://" + env.get("MATCHDAY_PORT"));

        load = SteadyLoad.start(lb, 6);
        await("load flowing through nginx").atMost(Duration.ofSeconds(60)).until(() -> load.answered().size() >= 100);

        killed = Instant.now();
        containers("kill-node", "1");
        // A job falls due while node 1 is down: node 2, the only node left, runs it.
        Http.Reply queued = lb.post("/api/v1/jobs/predict-upcoming/run", "", Map.of("X-API-Key", KEY));
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        await("the due job run by node 2").atMost(Duration.ofSeconds(90)).until(() -> !runsBetween(killed, Instant.now()).isEmpty()
                && runsBetween(killed, Instant.now()).stream().allMatch(r -> !r.path("status").asText().equals("RUNNING")));
        int before = load.answered().size();
        restarting = Instant.now();
        containers("start-node", "1");
        await("load flowing again with both nodes").atMost(Duration.ofSeconds(60))
                .until(() -> load.answered().size() >= before + 100);
        load.stop();
    }

    /** predict-upcoming's runs that started in [from, to). */
    private List<JsonNode> runsBetween(Instant from, Instant to) {
        List<JsonNode> runs = new ArrayList<>();
        for (JsonNode run : lb.get("/api/v1/jobs/history?job=predict-upcoming&limit=1000").json()) {
            Instant started = Instant.parse(run.path("startedAt").asText());
            if (!started.isBefore(from) && started.isBefore(to)) {
                runs.add(run);
            }
        }
        return runs;
    }

    @AfterAll
    void down() throws Exception {
        if (up) {
            containers("down");
        }
    }

    @Test
    @Order(1)
    void theImageWasBuiltHereAndSaysItsCommit() {
        assertThat(built).contains("image localhost/matchday:latest").containsPattern("commit [0-9a-f]{7}");
    }

    @Test
    @Order(2)
    void noClientRequestFailedThroughNginx() {
        assertThat(load.failures()).as("requests that failed through nginx").isEmpty();
        assertThat(load.answered()).hasSizeGreaterThan(200);
    }

    @Test
    @Order(3)
    void everyAnsweredForecastIsInTheLedgerOnce() {
        await("every answered forecast in the ledger").atMost(Duration.ofSeconds(60)).until(() -> missing().isEmpty());
        List<String> ids = ledgerIds();
        assertThat(new HashSet<>(ids)).as("no forecast twice").hasSameSizeAs(ids);
    }

    private Set<String> missing() {
        Set<String> missing = new HashSet<>(load.answered());
        ledgerIds().forEach(missing::remove);
        return missing;
    }

    private List<String> ledgerIds() {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode json = lb.get("/api/v1/predictions?size=1000&page=" + page).json();
            json.path("predictions").forEach(p -> ids.add(p.path("id").asText()));
            if ((long) (page + 1) * 1000 >= json.path("total").asLong()) {
                return ids;
            }
        }
    }

    @Test
    @Order(4)
    void theDueJobRanOnTheOtherNodeWhileTheFirstWasDown() {
        assertThat(runsBetween(killed, restarting)).extracting(r -> r.path("node").asText()).containsOnly("matchday-2")
                .isNotEmpty();
        assertThat(runsBetween(killed, restarting)).extracting(r -> r.path("status").asText()).containsOnly("SUCCEEDED");
    }

    @Test
    @Order(5)
    void theReferenceHealthThroughNginxIsHealthy() {
        Http.Reply health = lb.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("healthy");
        assertThat(health.json().path("model_loaded").asBoolean()).isTrue();
    }

    @Test
    @Order(99)
    void downLeavesNoContainerNetworkOrVolume() throws Exception {
        containers("down");
        up = false;
        assertThat(podman("ps", "-a", "--format", "{{.Names}}")).doesNotContain("matchday_");
        assertThat(podman("volume", "ls", "--format", "{{.Name}}")).doesNotContain("matchday_");
        assertThat(podman("network", "ls", "--format", "{{.Name}}")).doesNotContain("matchday");
    }

    private String containers(String... args) throws Exception {
        return Scripts.run("deploy/containers.sh", env, 900, args);
    }

    private String podman(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(args));
        return Scripts.command(command, env, 60);
    }
}
