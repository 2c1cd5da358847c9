package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import io.matchday.testsupport.Http;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code deploy/}: the compose file, the Prometheus scrape configuration and the provisioned
 * Grafana dashboard parse, point at each other, and every metric the dashboard charts is really
 * exported by a running node (no container engine here to run the stack itself).
 */
class DeployConfigIntegrationTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Pattern METRIC = Pattern.compile("\\b(matchday_[a-z_]+|http_server_requests_seconds_[a-z]+)\\b");

    @TempDir
    Path home;

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTwoNodesOnPostgresScrapedByPrometheusAndChartedByGrafana() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(DEPLOY.resolve("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("postgres", "init", "matchday-1", "matchday-2", "nginx", "prometheus", "alertmanager",
                "grafana");
        assertThat(((Map<String, Object>) services.get("init")).get("command").toString()).contains("demo --no-serve");
        assertThat(((Map<String, Object>) ((Map<String, Object>) services.get("matchday-1")).get("depends_on")))
                .containsKey("init");
        String composeText = Files.readString(DEPLOY.resolve("docker-compose.yml"));
        assertThat(composeText).as("the image, not a mounted jar").doesNotContain(".jar");
        Set<String> named = ((Map<String, Object>) compose.get("volumes")).keySet();
        for (var entry : services.entrySet()) {
            Map<String, Object> service = (Map<String, Object>) entry.getValue();
            if (!entry.getKey().equals("init")) {
                assertThat(service).as(entry.getKey() + " has a health check and a restart policy")
                        .containsKeys("healthcheck", "restart");
            }
            Object environment = service.get("environment");
            if (environment != null) {
                ((Map<String, Object>) environment).forEach((k, v) -> {
                    if (k.contains("PASSWORD") || k.contains("KEYS")) {
                        assertThat(String.valueOf(v)).as(entry.getKey() + " " + k + " comes from deploy/.env").startsWith("${");
                    }
                });
            }
        }
        assertThat(named).contains("pgdata", "artifacts", "node-1", "node-2");
        assertThat(composeText).contains("node-1:/data").contains("node-2:/data").contains("pgdata:/var/lib/postgresql/data");
        assertThat(Files.readString(DEPLOY.resolve(".env"))).contains("MATCHDAY_DB_PASSWORD=").contains("MATCHDAY_API_KEYS=");
        // the podman override swaps image names and nothing else
        Map<String, Object> override = new Yaml().load(Files.readString(DEPLOY.resolve("compose.podman.yml")));
        ((Map<String, Object>) override.get("services")).forEach((name, service) -> {
            assertThat(services).containsKey(name);
            assertThat(((Map<String, Object>) service).keySet()).containsExactly("image");
        });
        String nginx = Files.readString(DEPLOY.resolve("nginx.conf"));
        assertThat(nginx).doesNotContain("hash $cookie").contains("server matchday-1:8080").contains("server matchday-2:8080")
                .contains("proxy_next_upstream error timeout http_502 http_503 non_idempotent");
        if (Files.isExecutable(Path.of("/usr/sbin/nginx"))) {
            // nginx itself checks the file, with the compose network's host names pointed at this machine.
            Path conf = Files.writeString(home.resolve("nginx.conf"), nginx.replace("matchday-1", "127.0.0.1")
                    .replace("matchday-2", "127.0.0.2").replace("worker_processes 1;", "worker_processes 1; pid nginx.pid;"));
            Process check = new ProcessBuilder("/usr/sbin/nginx", "-t", "-p", home.toString(), "-c", conf.toString())
                    .redirectErrorStream(true).start();
            String said = new String(check.getInputStream().readAllBytes());
            assertThat(check.waitFor()).as(said).isZero();
        }
        for (String node : List.of("matchday-1", "matchday-2")) {
            Map<String, Object> env = (Map<String, Object>) ((Map<String, Object>) services.get(node)).get("environment");
            assertThat(env.get("MATCHDAY_DB_URL").toString()).startsWith("jdbc:postgresql://postgres:");
            assertThat(env.get("MATCHDAY_ALERTMANAGER_URL")).isEqualTo("http://alertmanager:9093");
            assertThat(env.get("MATCHDAY_SERVE_NODE")).isEqualTo(node);
            assertThat(((Map<String, Object>) services.get(node)).get("volumes").toString()).contains("artifacts:/artifacts");
        }
        for (String service : List.of("prometheus", "alertmanager", "grafana", "nginx")) {
            for (Object volume : (List<Object>) ((Map<String, Object>) services.get(service)).get("volumes")) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(DEPLOY.resolve(source)).as("%s mounts %s", service, source).exists();
                } else {
                    assertThat(named).as("%s's volume %s is declared", service, source).contains(source);
                }
            }
        }

        Map<String, Object> prometheus = new Yaml().load(Files.readString(DEPLOY.resolve("prometheus.yml")));
        Map<String, Object> scrape = ((List<Map<String, Object>>) prometheus.get("scrape_configs")).get(0);
        assertThat(scrape.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(((List<Map<String, Object>>) scrape.get("static_configs")).get(0).get("targets").toString())
                .contains("matchday-1:8080").contains("matchday-2:8080");

        Map<String, Object> datasources = new Yaml().load(Files.readString(DEPLOY.resolve("grafana/provisioning/datasources/prometheus.yml")));
        String uid = ((List<Map<String, Object>>) datasources.get("datasources")).get(0).get("uid").toString();
        Map<String, Object> providers = new Yaml().load(Files.readString(DEPLOY.resolve("grafana/provisioning/dashboards/matchday.yml")));
        assertThat(providers.toString()).contains("/var/lib/grafana/dashboards");

        JsonNode dashboard = new ObjectMapper().readTree(DEPLOY.resolve("grafana/dashboards/matchday.json").toFile());
        assertThat(dashboard.path("uid").asText()).isEqualTo("matchday");
        Set<String> charted = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("datasource").path("uid").asText()).isEqualTo(uid);
            for (JsonNode target : panel.path("targets")) {
                Matcher m = METRIC.matcher(target.path("expr").asText());
                while (m.find()) {
                    charted.add(m.group(1));
                }
            }
        }
        assertThat(charted).hasSizeGreaterThanOrEqualTo(10);

        // The alerting rules: checked and unit-tested by promtool (the flapping case included), and every metric
        // they read is one a node exports.
        for (List<String> promtool : List.of(List.of("check", "rules", "matchday-rules.yml"),
                List.of("test", "rules", "matchday-rules.test.yml"))) {
            List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/promtool"));
            command.addAll(promtool);
            Process run = new ProcessBuilder(command).directory(DEPLOY.resolve("alerts").toFile()).redirectErrorStream(true).start();
            String said = new String(run.getInputStream().readAllBytes());
            assertThat(run.waitFor()).as(String.join(" ", command) + "\n" + said).isZero();
            assertThat(said).contains("SUCCESS");
        }
        Matcher ruled = METRIC.matcher(Files.readString(DEPLOY.resolve("alerts/matchday-rules.yml")));
        Set<String> alerted = new TreeSet<>();
        while (ruled.find()) {
            alerted.add(ruled.group(1));
        }
        assertThat(alerted).contains("matchday_rolling_rps", "matchday_job_last_success", "matchday_ledger_spool_size");
        charted.addAll(alerted);
        Map<String, Object> wired = new Yaml().load(Files.readString(DEPLOY.resolve("prometheus.yml")));
        assertThat(wired.get("rule_files").toString()).contains("matchday-rules.yml");
        assertThat(wired.get("alerting").toString()).contains("alertmanager:9093");
        assertThat(services).containsKey("alertmanager");
        Process amtool = new ProcessBuilder("/usr/bin/amtool", "check-config", DEPLOY.resolve("alertmanager.yml").toString())
                .redirectErrorStream(true).start();
        String checked = new String(amtool.getInputStream().readAllBytes());
        assertThat(amtool.waitFor()).as(checked).isZero();

        try (ServedLeague league = ServedLeague.synthetic(home)) {
            Http http = league.http;
            http.post("/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Dunmere\"}");
            assertThat(http.post("/api/v1/jobs/monitor/run", "", Map.of("X-API-Key", ServedLeague.API_KEY)).status()).isEqualTo(202);
            Set<String> missing = charted;
            for (int i = 0; i < 150 && !missing.isEmpty(); i++) {
                String exported = http.get("/actuator/prometheus").body();
                missing = new TreeSet<>(charted.stream().filter(name -> !exported.contains(name)).toList());
                Thread.sleep(200);
            }
            assertThat(missing).as("dashboard metrics a node does not export").isEmpty();
        }
    }
}
