package io.matchday.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.testsupport.HeadlessChromium;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API documentation page in a real browser: Swagger UI loads the OpenAPI document and lists the operations. */
class SwaggerUiBrowserIntegrationTest {

    @TempDir
    Path home;

    @Test
    void swaggerUiRendersEveryOperationFromTheGeneratedDocument() throws Exception {
        try (ServedLeague league = ServedLeague.synthetic(home, ServedLeague.h2(home), Map.of())) {
            String dom = HeadlessChromium.renderedDom(URI.create(league.server.url() + "/swagger-ui/index.html"),
                    home.resolve("profile"));
            assertThat(dom).contains("Matchday forecasting API");
            assertThat(dom).contains("/api/v1/predict").contains("/api/v1/predict/batch").contains("/api/v1/predictions")
                    .contains("/api/v1/admin/models/{name}/promote");
            assertThat(dom).contains("Forecast one fixture");
        }
    }
}
