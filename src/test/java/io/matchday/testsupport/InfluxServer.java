package io.matchday.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real InfluxDB 1.x (Debian's {@code influxdb} package), started on loopback ports with its data in
 * a temporary directory, queried over its HTTP API. {@code .ci/run} installs it; in CI a missing
 * {@code influxd} fails the test instead of skipping it.
 */
public final class InfluxServer implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/influxd");

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private InfluxServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static InfluxServer start(Path dir) throws IOException, InterruptedException {
        LocalServers.require(BINARY, "influxdb");
        int httpPort = Await.freePort();
        int rpcPort = Await.freePort();
        Path config = dir.resolve("influxdb.conf");
        Files.writeString(config, "reporting-disabled = true\nbind-address = \"127.0.0.1:" + rpcPort + "\"\n"
                + "[meta]\n  dir = \"" + dir.resolve("meta") + "\"\n"
                + "[data]\n  dir = \"" + dir.resolve("data") + "\"\n  wal-dir = \"" + dir.resolve("wal") + "\"\n  query-log-enabled = false\n"
                + "[http]\n  bind-address = \"127.0.0.1:" + httpPort + "\"\n  log-enabled = false\n"
                + "[monitor]\n  store-enabled = false\n");
        Process process = new ProcessBuilder(BINARY.toString(), "-config", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("influxd.log").toFile()).start();
        InfluxServer server = new InfluxServer(process, httpPort);
        LocalServers.awaitReady(process, server.http, server.url() + "/ping", 204, dir.resolve("influxd.log"));
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** An InfluxQL query's JSON answer (errors come back as 200 with an "error" member, as InfluxDB 1.x does). */
    public String query(String database, String influxQl) throws IOException, InterruptedException {
        String uri = url() + "/query?db=" + URLEncoder.encode(database, StandardCharsets.UTF_8) + "&q="
                + URLEncoder.encode(influxQl, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public void close() {
        LocalServers.stop(process);
    }
}
