package io.matchday.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real Alertmanager (Debian's {@code prometheus-alertmanager}), on a loopback port with clustering off, its state in
 * a temporary directory, routing every alert — grouped by name and division, within a second — to a webhook.
 * {@code .ci/run} installs it; in CI a missing binary fails the test instead of skipping it.
 */
public final class AlertmanagerServer implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private AlertmanagerServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts one whose single receiver posts to {@code webhook}. */
    public static AlertmanagerServer start(Path dir, String webhook) throws IOException, InterruptedException {
        LocalServers.require(BINARY, "prometheus-alertmanager");
        int port = Await.freePort();
        Path config = dir.resolve("alertmanager.yml");
        Files.writeString(config, """
                route:
                  receiver: recorder
                  group_by: [alertname, division]
                  group_wait: 1s
                  group_interval: 1s
                  repeat_interval: 1h
                receivers:
                  - name: recorder
                    webhook_configs:
                      - url: %s
                        send_resolved: true
                """.formatted(webhook));
        Process process = new ProcessBuilder(BINARY.toString(), "--config.file=" + config,
                "--storage.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address=")
                .redirectErrorStream(true).redirectOutput(dir.resolve("alertmanager.log").toFile()).start();
        AlertmanagerServer server = new AlertmanagerServer(process, port);
        LocalServers.awaitReady(process, server.http, server.url() + "/-/ready", 200, dir.resolve("alertmanager.log"));
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        LocalServers.stop(process);
    }
}
