package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import io.matchday.testsupport.Http;
import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.testsupport.HeadlessChromium;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's pages in a real browser: Swagger UI lists the operations from the generated
 * document, the old jobs page leads to the console's Jobs section, and the monitoring report draws its charts.
 */
class ServicePagesBrowserIntegrationTest {

    @TempDir
    Path home;

    @Test
    void swaggerUiTheJobsPageAndTheMonitoringReportRender() throws Exception {
        try (ServedLeague league = ServedLeague.synthetic(home)) {
            String swagger = HeadlessChromium.renderedDom(URI.create(league.server.url() + "/swagger-ui/index.html"),
                    home.resolve("profile1"));
            assertThat(swagger).contains("Matchday forecasting API");
            assertThat(swagger).contains("/api/v1/predict").contains("/api/v1/predict/batch").contains("/api/v1/predictions")
                    .contains("/api/v1/admin/models/{name}/promote").contains("/api/v1/jobs").contains("/api/v1/retraining/trigger");
            assertThat(swagger).contains("Forecast one fixture");

            // The old jobs page is now the console's Jobs section.
            String jobs = HeadlessChromium.renderedDom(URI.create(league.server.url() + "/jobs.html"), home.resolve("profile2"));
            assertThat(jobs).contains("Recurring jobs").contains("retraining-check").contains("0 0 6 * * *");

            assertThat(league.http.post("/api/v1/jobs/monitor/run", "", Map.of("X-API-Key", ServedLeague.API_KEY)).status())
                    .isEqualTo(202);
            Http.Reply report = null;
            for (int i = 0; i < 100; i++) {
                report = league.http.get("/api/v1/monitoring/report?model=e0-outcome");
                if (report.status() == 200) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(report.status()).isEqualTo(200);
            Path page = home.resolve("monitoring.html");
            Files.writeString(page, report.body());
            String dom = HeadlessChromium.renderedDom(page, home.resolve("profile3"));
            assertThat(dom).contains("data-charts=\"1\"").contains("Drift per feature").contains("elo_diff");
        }
    }
}
