package io.matchday.web.replays;

import static io.matchday.web.ConsoleTestbed.html;
import static io.matchday.web.ConsoleTestbed.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.matchday.simulation.SimulationConfig;
import io.matchday.web.ConsoleTestbed;
import io.matchday.web.work.WorkPages;
import io.matchday.work.WorkRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

class ReplaysPagesTest {

    @RegisterExtension
    static final ConsoleTestbed BED = new ConsoleTestbed();

    private final MockMvc mvc = BED.mvc(new ReplaysPages(BED.console(), BED.work(), BED.matchday().catalog(),
            new WorkPages(BED.console(), BED.work())));

    @Test
    void theFormOffersEveryReplaysDefaults() throws Exception {
        ConsoleTestbed.signIn();
        assertThat(html(mvc, get("/replays"), HttpStatus.OK)).contains("value=\"" + SimulationConfig.DEFAULT_STAKE + "\"",
                "value=\"" + SimulationConfig.DEFAULT_MODEL + "\" selected", "value=\"" + SimulationConfig.DEFAULT_RETRAIN + "\" selected");
    }

    @Test
    void badFieldsAreShownBesideTheirInputsAndNothingIsQueued() throws Exception {
        int before = BED.work().submitted().size();
        ConsoleTestbed.signIn();
        assertThat(html(mvc, post("/replays").param("seasons", "2031-32"), HttpStatus.UNPROCESSABLE_ENTITY))
                .contains("id=\"rp-seasons-error\"", "no stored matches of E0 in 2031-32");
        assertThat(html(mvc, post("/replays").param("seasons", "2022-23").param("stake", "lots"), HttpStatus.UNPROCESSABLE_ENTITY))
                .contains("lots");
        assertThat(BED.work().submitted()).hasSize(before);
    }

    @Test
    void aReplayRunsToItsReportWithCharts() throws Exception {
        String location = redirect(mvc, post("/replays").param("seasons", "2022-23").param("model", "elo").param("retrain", "never"));
        assertThat(BED.work().submitted()).anySatisfy(r -> assertThat(r).isInstanceOf(WorkRequest.Replay.class));
        assertThat(html(mvc, get(location), HttpStatus.OK)).contains("The report appears here when the replay ends");
        BED.work().runQueued();
        assertThat(html(mvc, get(location), HttpStatus.OK)).contains("against the closing market", "data-chart");
        html(mvc, get("/replays/nope"), HttpStatus.NOT_FOUND);
    }
}
