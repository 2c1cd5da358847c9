package io.matchday.web.data;

import static io.matchday.web.ConsoleTestbed.html;
import static io.matchday.web.ConsoleTestbed.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.matchday.app.Matchday;
import io.matchday.web.ConsoleTestbed;
import io.matchday.web.work.WorkPages;
import io.matchday.work.WorkRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

class DataPagesTest {

    @RegisterExtension
    static final ConsoleTestbed BED = new ConsoleTestbed();

    private final Matchday m = BED.matchday();
    private final MockMvc mvc = BED.mvc(new DataPages(BED.console(), m.matchData(), m.catalog(), BED.work(),
            new WorkPages(BED.console(), BED.work())));

    @Test
    void aDivisionShowsItsSeasonsAndTeams() throws Exception {
        assertThat(html(mvc, get("/data").param("division", "E0"), HttpStatus.OK)).contains("2020-21", "2022-23",
                m.catalog().teamNames("E0").get(5));
    }

    @Test
    void anIngestOfNoDivisionIsRefusedOnThePageAndQueuesNothing() throws Exception {
        int before = BED.work().submitted().size();
        ConsoleTestbed.signIn();
        assertThat(html(mvc, post("/data/ingest").param("divisions", "not a division"), HttpStatus.UNPROCESSABLE_ENTITY))
                .contains("not a division code");
        assertThat(BED.work().submitted()).hasSize(before);
    }

    @Test
    void anIngestIsQueuedAndItsFilesCounted() throws Exception {
        String location = redirect(mvc, post("/data/ingest").param("divisions", "E0").param("seasons", "2022-23"));
        assertThat(BED.work().submitted()).contains(new WorkRequest.Ingest("E0", "2022-23"));
        BED.work().runQueued();
        assertThat(html(mvc, get(location), HttpStatus.OK)).contains("SUCCEEDED", "unchanged=380");
    }
}
