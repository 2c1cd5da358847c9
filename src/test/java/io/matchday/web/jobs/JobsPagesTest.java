package io.matchday.web.jobs;

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

class JobsPagesTest {

    @RegisterExtension
    static final ConsoleTestbed BED = new ConsoleTestbed();

    private final Matchday m = BED.matchday();
    private final MockMvc mvc = BED.mvc(new JobsPages(BED.console(), m.jobBoard(), m.retrainingViews(), m.catalog(), BED.work(),
            new WorkPages(BED.console(), BED.work())));

    @Test
    void everyJobIsListedAndTheTriggersComeAsAFragment() throws Exception {
        assertThat(html(mvc, get("/jobs"), HttpStatus.OK)).contains("refresh-data", "predict-upcoming", "monitor", "retraining-check");
        assertThat(html(mvc, get("/jobs/triggers").param("division", "E0"), HttpStatus.OK)).doesNotContain("<html");
    }

    @Test
    void aRetrainingWithoutAReasonIsRefusedBesideTheReasonField() throws Exception {
        ConsoleTestbed.signIn();
        assertThat(html(mvc, post("/jobs/retrain").param("division", "E0").param("force", "true"), HttpStatus.UNPROCESSABLE_ENTITY))
                .contains("is required (it is kept in the history)");
    }

    @Test
    void aForcedRetrainingIsQueuedAndFollowed() throws Exception {
        String location = redirect(mvc, post("/jobs/retrain").param("division", "E0").param("reason", "new data")
                .param("force", "true"));
        assertThat(location).startsWith("/jobs/work/");
        assertThat(BED.work().submitted()).contains(new WorkRequest.Retraining("E0", "new data", true));
        assertThat(html(mvc, get(location), HttpStatus.OK)).contains("retrain e0-outcome (new data)");
    }

    @Test
    void anUnknownJobIsNotFoundAndTheOldPageHasMoved() throws Exception {
        html(mvc, post("/jobs/nothing/run"), HttpStatus.NOT_FOUND);
        assertThat(mvc.perform(get("/jobs.html")).andReturn().getResponse().getHeader("Location")).isEqualTo("/jobs");
    }
}
