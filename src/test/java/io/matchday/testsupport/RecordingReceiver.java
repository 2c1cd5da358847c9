package io.matchday.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An HTTP endpoint on a loopback port that records every body posted to it: a webhook's far end. */
public final class RecordingReceiver implements AutoCloseable {

    private final HttpServer server;
    private final String path;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    private RecordingReceiver(String path, int status) {
        this.path = path;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers every post to {@code path} with {@code status} (no body). */
    public static RecordingReceiver start(String path, int status) {
        return new RecordingReceiver(path, status);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** What was posted, in arrival order. */
    public List<String> bodies() {
        return bodies;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
