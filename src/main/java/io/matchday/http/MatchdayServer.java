package io.matchday.http;

import io.matchday.MatchdaySettings;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running forecasting service. {@link #start} returns once the server listens and every
 * champion is loaded; {@link #close} stops it gracefully (the ledger is flushed or spooled).
 */
public final class MatchdayServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private MatchdayServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts the service on {@code settings}' database and artifacts. {@code port} 0 picks a free
     * port; {@code properties} override {@code application.properties} (e.g. {@code matchday.serve.api-keys});
     * {@code modules} are further configuration classes served beside the API (the console).
     */
    public static MatchdayServer start(MatchdaySettings settings, int port, Map<String, Object> properties, Class<?>... modules) {
        SpringApplication application = new SpringApplication(ServingApplication.class);
        application.addPrimarySources(java.util.List.of(modules));
        Map<String, Object> given = new HashMap<>(properties);
        given.put("server.port", port);
        // Given properties win over application.properties and the environment, as command-line arguments do.
        String[] args = given.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("matchdaySettings", settings));
        return new MatchdayServer(application.run(args));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Blocks until the service stops (on SIGTERM/SIGINT, through Spring's shutdown hook). */
    public void awaitShutdown() throws InterruptedException {
        while (context.isActive()) {
            Thread.sleep(500);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
