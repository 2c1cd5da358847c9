package io.matchday.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

    @Test
    void theInfluxExportIsOnOnlyWithAUrlAndTakesItsSettingsFromTheEnvironment() {
        assertThat(ServeCommand.influx(Map.of("MATCHDAY_INFLUX_DB", "x"))).isEmpty();
        assertThat(ServeCommand.influx(Map.of("MATCHDAY_INFLUX_URL", "http://influx:8086", "MATCHDAY_INFLUX_DB", "metrics",
                "MATCHDAY_INFLUX_PASSWORD", "pw", "MATCHDAY_INFLUX_TOKEN", "")))
                .containsEntry("management.influx.metrics.export.enabled", "true")
                .containsEntry("management.influx.metrics.export.uri", "http://influx:8086")
                .containsEntry("management.influx.metrics.export.db", "metrics")
                .containsEntry("management.influx.metrics.export.password", "pw")
                .doesNotContainKey("management.influx.metrics.export.token");
    }
}
