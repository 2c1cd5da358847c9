package io.matchday.web.monitoring;

import static io.matchday.web.ConsoleTestbed.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.matchday.web.ConsoleTestbed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

class MonitoringPagesTest {

    @RegisterExtension
    static final ConsoleTestbed BED = new ConsoleTestbed();

    @Test
    void aMonitoringRunIsShownWithItsDriftedFeatureAndTheRollingChart() throws Exception {
        MockMvc mvc = BED.mvc(new MonitoringPages(BED.console(), BED.matchday().monitoringViews()));
        assertThat(html(mvc, get("/monitoring"), HttpStatus.OK)).contains("e0-outcome").doesNotContain("data-chart");
        BED.matchday().jobScheduler().runHere("monitor", "test");
        assertThat(html(mvc, get("/monitoring").param("model", "e0-outcome"), HttpStatus.OK)).contains("data-chart", "reference against current");
    }
}
