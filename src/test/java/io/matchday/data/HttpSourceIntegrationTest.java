package io.matchday.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.matchday.testsupport.CsvFixture;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP source against a real HTTP server on the loopback interface. */
class HttpSourceIntegrationTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(2),
            Duration.ofMillis(700));
    private static final Division E0 = Division.of("E0");
    private static final Season SEASON = Season.parse("2023-24");
    private static final byte[] CSV = CsvFixture.modern()
            .add(CsvFixture.row("12/08/2023", "Arsenal", "Chelsea", 1, 0)).text().getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path cache;

    private HttpServer server;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private volatile Consumer<HttpExchange> handler;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/mmz4281/", exchange -> {
            try (exchange) {
                handler.accept(exchange);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private FootballDataClient client() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mmz4281");
        return new FootballDataClient(base, cache, FAST, Clock.systemUTC());
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) {
        try {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void downloadsOnceAndThenRevalidatesWithTheETag() {
        handler = exchange -> {
            String condition = exchange.getRequestHeaders().getFirst("If-None-Match");
            log.add(condition == null ? "GET" : "GET If-None-Match " + condition);
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            respond(exchange, "\"v1\"".equals(condition) ? 304 : 200, "\"v1\"".equals(condition) ? new byte[0] : CSV);
        };
        SourceFile first = client().fetch(E0, SEASON);
        SourceFile second = client().fetch(E0, SEASON);
        assertThat(second.content()).isEqualTo(first.content()).isEqualTo(CSV);
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(log).containsExactly("GET", "GET If-None-Match \"v1\"");
        assertThat(cache.resolve("127.0.0.1_" + server.getAddress().getPort()).resolve("mmz4281/2324/E0.csv")).hasBinaryContent(CSV);
    }

    @Test
    void revalidatesWithLastModifiedWhenThereIsNoETag() {
        handler = exchange -> {
            String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            log.add(since == null ? "GET" : "GET If-Modified-Since");
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 04 Nov 2025 10:00:00 GMT");
            respond(exchange, since == null ? 200 : 304, since == null ? CSV : new byte[0]);
        };
        client().fetch(E0, SEASON);
        assertThat(client().fetch(E0, SEASON).content()).isEqualTo(CSV);
        assertThat(log).containsExactly("GET", "GET If-Modified-Since");
    }

    @Test
    void retriesServerErrorsWithBackOff() {
        AtomicInteger calls = new AtomicInteger();
        handler = exchange -> respond(exchange, calls.incrementAndGet() < 3 ? 502 : 200, calls.get() < 3 ? new byte[0] : CSV);
        assertThat(client().fetch(E0, SEASON).content()).isEqualTo(CSV);
        assertThat(calls).hasValue(3);
    }

    @Test
    void givesUpAfterTheLastAttemptNamingTheFile() {
        AtomicInteger calls = new AtomicInteger();
        handler = exchange -> {
            calls.incrementAndGet();
            respond(exchange, 503, new byte[0]);
        };
        assertThatThrownBy(() -> client().fetch(E0, SEASON)).isInstanceOf(SourceException.class)
                .hasMessageMatching("http://127\\.0\\.0\\.1:\\d+/mmz4281/2324/E0\\.csv: HTTP 503 after 3 attempt\\(s\\)");
        assertThat(calls).hasValue(3);
    }

    @Test
    void doesNotRetryClientErrorsAndReportsMissingFilesAsNotFound() {
        AtomicInteger calls = new AtomicInteger();
        handler = exchange -> {
            calls.incrementAndGet();
            respond(exchange, 404, new byte[0]);
        };
        assertThatThrownBy(() -> client().fetch(E0, SEASON)).isInstanceOf(SourceException.NotFound.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void retriesTimeOuts() {
        AtomicInteger calls = new AtomicInteger();
        handler = exchange -> {
            if (calls.incrementAndGet() == 1) {
                sleep(1500);
            }
            respond(exchange, 200, CSV);
        };
        assertThat(client().fetch(E0, SEASON).content()).isEqualTo(CSV);
        assertThat(calls).hasValue(2);
    }

    @Test
    void reportsAnUnreachableHost() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FootballDataClient client = new FootballDataClient(URI.create("http://127.0.0.1:" + closedPort + "/mmz4281"),
                cache, FAST, Clock.systemUTC());
        assertThatThrownBy(() -> client.fetch(E0, SEASON)).isInstanceOf(SourceException.class)
                .hasMessageContaining("/2324/E0.csv: unreachable");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
