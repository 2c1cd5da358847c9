package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.testsupport.InfluxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics the service exports to Prometheus also reach a real InfluxDB when the export is on:
 * after forecasts and a monitoring run, a query finds the forecast counter per model version and the
 * drift gauges.
 */
class InfluxExportIntegrationTest {

    @TempDir
    Path home;

    @Test
    void forecastsAndMonitoringReachInfluxDb() throws Exception {
        Path influxDir = Files.createDirectories(home.resolve("influx"));
        try (InfluxServer influx = InfluxServer.start(influxDir);
             ServedLeague league = ServedLeague.synthetic(home.resolve("league"), ServedLeague.h2(home.resolve("league")), Map.of(
                     "management.influx.metrics.export.enabled", "true",
                     "management.influx.metrics.export.uri", influx.url(),
                     "management.influx.metrics.export.db", "matchday",
                     "management.influx.metrics.export.step", "1s"))) {
            for (int i = 0; i < 3; i++) {
                assertThat(league.http.post("/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Brackenford\"}").status())
                        .isEqualTo(200);
            }
            assertThat(league.http.post("/api/v1/jobs/monitor/run", "", Map.of("X-API-Key", ServedLeague.API_KEY)).status())
                    .isEqualTo(202);
            String forecasts = "";
            String drift = "";
            for (int i = 0; i < 100 && !(forecasts.contains("e0-outcome") && drift.contains("matchday_drift_share")); i++) {
                Thread.sleep(200);
                forecasts = influx.query("matchday", "SELECT sum(\"value\") FROM \"matchday_forecasts\" GROUP BY \"model\"");
                drift = influx.query("matchday", "SHOW MEASUREMENTS");
            }
            assertThat(forecasts).contains("\"model\":\"e0-outcome\"").doesNotContain("\"error\"");
            assertThat(drift).contains("matchday_drift_share").contains("http_server_requests");
        }
    }
}
