package io.matchday.cli;

import io.matchday.MatchdaySettings;
import io.matchday.http.MatchdayServer;
import io.matchday.web.ConsoleModule;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve forecasts over HTTP from the registered champions (REST under /api/v1, OpenAPI at /v3/api-docs, "
            + "Swagger UI, Prometheus metrics). Champions moved by any node are picked up within seconds.",
            "Admin endpoints need a key: set MATCHDAY_API_KEYS (comma-separated) or --api-key."})
final class ServeCommand extends StoreCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (0 picks a free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--api-key", paramLabel = "KEY", description = "Admin API key(s). Env MATCHDAY_API_KEYS")
    String[] apiKeys;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on, e.g. 127.0.0.1. Default: every interface")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        serve(store.settings(), port, apiKeys, bind, out());
        return 0;
    }

    /**
     * The InfluxDB export's settings from the environment: on only with {@code MATCHDAY_INFLUX_URL}; then
     * {@code MATCHDAY_INFLUX_DB} (InfluxDB 1.x database, default matchday), {@code MATCHDAY_INFLUX_USER} and
     * {@code MATCHDAY_INFLUX_PASSWORD}, or for InfluxDB 2 {@code MATCHDAY_INFLUX_ORG}, {@code MATCHDAY_INFLUX_BUCKET}
     * and {@code MATCHDAY_INFLUX_TOKEN}; {@code MATCHDAY_INFLUX_STEP} (default 30s).
     */
    static Map<String, Object> influx(Map<String, String> env) {
        Map<String, Object> properties = new HashMap<>();
        String url = env.get("MATCHDAY_INFLUX_URL");
        if (url == null || url.isBlank()) {
            return properties;
        }
        String prefix = "management.influx.metrics.export.";
        properties.put(prefix + "enabled", "true");
        properties.put(prefix + "uri", url);
        Map.of("MATCHDAY_INFLUX_DB", "db", "MATCHDAY_INFLUX_USER", "user-name", "MATCHDAY_INFLUX_PASSWORD", "password",
                "MATCHDAY_INFLUX_ORG", "org", "MATCHDAY_INFLUX_BUCKET", "bucket", "MATCHDAY_INFLUX_TOKEN", "token",
                "MATCHDAY_INFLUX_STEP", "step").forEach((variable, property) -> {
                    String value = env.get(variable);
                    if (value != null && !value.isBlank()) {
                        properties.put(prefix + property, value);
                    }
                });
        return properties;
    }

    /** Starts the service, prints where it is, and blocks until the process is stopped; shared with demo. */
    static void serve(MatchdaySettings settings, int port, String[] apiKeys, String bind, PrintWriter out)
            throws InterruptedException {
        long start = System.nanoTime();
        Map<String, Object> properties = new HashMap<>();
        if (bind != null && !bind.isBlank()) {
            properties.put("server.address", bind);
        }
        String keys = apiKeys != null ? String.join(",", apiKeys) : System.getenv("MATCHDAY_API_KEYS");
        if (keys != null && !keys.isBlank()) {
            properties.put("matchday.serve.api-keys", keys);
        }
        properties.putAll(influx(System.getenv()));
        MatchdayServer server = MatchdayServer.start(settings, port, properties, ConsoleModule.class);
        String url = "http://" + (bind == null || bind.isBlank() || bind.equals("0.0.0.0") ? "localhost" : bind) + ":" + server.port();
        double uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        out.println("Console: " + url + "/");
        out.printf("Matchday is serving on %s (started in %.1f s, JVM up %.1f s; Ctrl-C stops it)%n", url,
                (System.nanoTime() - start) / 1e9, uptime);
        out.println("  forecast:   curl -s -X POST " + url + "/api/v1/predict -H 'Content-Type: application/json' "
                + "-d '{\"home\":\"Arsenal\",\"away\":\"Chelsea\"}'");
        out.println("  health:     " + url + "/api/v1/health");
        out.println("  API docs:   " + url + "/swagger-ui.html  (OpenAPI: " + url + "/v3/api-docs)");
        out.println("  metrics:    " + url + "/actuator/prometheus");
        out.println("  admin:      " + (keys == null || keys.isBlank() ? "off (set MATCHDAY_API_KEYS to enable)"
                : "on (X-API-Key header; in the console, sign in at " + url + "/signin)"));
        out.flush();
        server.awaitShutdown();
    }
}
