package io.matchday.web.work;

import static io.matchday.web.ConsoleTestbed.html;
import static io.matchday.web.ConsoleTestbed.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import io.matchday.web.ConsoleTestbed;
import io.matchday.work.BackgroundWork;
import io.matchday.work.WorkRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

class WorkPagesTest {

    @RegisterExtension
    static final ConsoleTestbed BED = new ConsoleTestbed();

    private final MockMvc mvc = BED.mvc(new WorkPages(BED.console(), BED.work()));

    @Test
    void queuedWorkIsPolledUntilItEndsAndAnAdminMayCancelIt() throws Exception {
        BackgroundWork.Status queued = BED.work().submit(new WorkRequest.Ingest("E0", "2022-23"));
        ConsoleTestbed.signIn();
        String card = html(mvc, get("/work/" + queued.id() + "/progress"), HttpStatus.OK);
        assertThat(card).contains("hx-get=\"/work/" + queued.id() + "/progress\"", "data-state=\"QUEUED\"",
                "action=\"/work/" + queued.id() + "/cancel\"");
        assertThat(redirect(mvc, post("/work/" + queued.id() + "/cancel"))).isEqualTo("/data/work/" + queued.id());
        assertThat(html(mvc, get("/work/" + queued.id() + "/progress"), HttpStatus.OK)).contains("data-state=\"CANCELLED\"")
                .doesNotContain("hx-get=").doesNotContain("/cancel");
    }

    @Test
    void aFinishedReplayReloadsItsPageToShowTheReport() throws Exception {
        BackgroundWork.Status replay = BED.work().submit(new WorkRequest.Replay("E0", "2022-23", null, "elo", "never", "none",
                null, null, null, null));
        BED.work().runQueued();
        mvc.perform(get("/work/" + replay.id() + "/progress")).andExpect(header().string("HX-Refresh", "true"));
        assertThat(redirect(mvc, get("/work/" + replay.id()))).isEqualTo("/replays/" + replay.id());
    }

    @Test
    void unknownWorkIsANotFoundPage() throws Exception {
        assertThat(html(mvc, get("/work/nothing-like-it/progress"), HttpStatus.NOT_FOUND)).contains("no background work");
    }
}
