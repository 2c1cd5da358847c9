package io.matchday.web.runs;

import static io.matchday.web.ConsoleTestbed.html;
import static io.matchday.web.ConsoleTestbed.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.matchday.app.Matchday;
import io.matchday.registry.TrackedBacktest;
import io.matchday.web.ConsoleTestbed;
import io.matchday.web.work.WorkPages;
import io.matchday.work.BackgroundWork;
import io.matchday.work.WorkRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

class RunsPagesTest {

    @RegisterExtension
    static final ConsoleTestbed BED = new ConsoleTestbed();

    private final Matchday m = BED.matchday();
    private final MockMvc mvc = BED.mvc(new RunsPages(BED.console(), m.runViews(), m.catalog(), BED.work(),
            new WorkPages(BED.console(), BED.work())));

    @Test
    void theListShowsTheTrainingRunWithItsValidationAndOffersEveryBacktestDefault() throws Exception {
        ConsoleTestbed.signIn();
        String page = html(mvc, get("/runs"), HttpStatus.OK);
        assertThat(page).contains("validation RPS", "value=\"" + TrackedBacktest.DEFAULT_SEASONS + "\"");
        assertThat(page).contains("value=\"dixon-coles\" checked", "value=\"gbm\" checked");
    }

    @Test
    void aBacktestWithoutModelsIsRefusedOnTheModelsField() throws Exception {
        ConsoleTestbed.signIn();
        String page = html(mvc, post("/runs/backtest").param("division", "E0").param("seasons", "2022-23"),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(page).contains("tick one model or more");
    }

    @Test
    void aBacktestOfUnstoredSeasonsIsRefusedOnTheSeasonsField() throws Exception {
        ConsoleTestbed.signIn();
        String page = html(mvc, post("/runs/backtest").param("division", "E0").param("model", "elo").param("seasons", "2031-32"),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(page).contains("id=\"bt-seasons-error\"", "no stored matches of E0 in 2031-32");
    }

    @Test
    void aBacktestStartedFromTheFormRunsAsBackgroundWorkAndBecomesARun() throws Exception {
        String location = redirect(mvc, post("/runs/backtest").param("division", "E0").param("model", "elo")
                .param("model", "climatology").param("seasons", "2022-23"));
        assertThat(location).startsWith("/runs/work/");
        assertThat(BED.work().submitted()).contains(new WorkRequest.Backtest("E0", "elo,climatology", "2022-23", "market"));
        BED.work().runQueued();
        BackgroundWork.Status done = BED.work().status(location.substring("/runs/work/".length())).orElseThrow();
        assertThat(done.state()).isEqualTo(BackgroundWork.State.SUCCEEDED);
        assertThat(html(mvc, get("/runs/" + done.runId()), HttpStatus.OK)).contains("climatology", "backtest.html", "data-chart");
        assertThat(html(mvc, get(location), HttpStatus.OK)).contains("Open the run");
    }

    @Test
    void comparingFewerThanTwoRunsOrAnUnknownRunIsRefused() throws Exception {
        html(mvc, get("/runs/compare"), HttpStatus.UNPROCESSABLE_ENTITY);
        html(mvc, get("/runs/no-such-run"), HttpStatus.NOT_FOUND);
    }
}
