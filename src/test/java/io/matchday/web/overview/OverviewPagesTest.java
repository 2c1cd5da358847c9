package io.matchday.web.overview;

import static io.matchday.web.ConsoleTestbed.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.registry.ModelTraining;
import java.time.Duration;
import io.matchday.web.ConsoleTestbed;
import io.matchday.work.WorkRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;

class OverviewPagesTest {

    @RegisterExtension
    static final ConsoleTestbed BED = new ConsoleTestbed();

    @Test
    void healthFirstThenEachDivisionsChampionThenJobsAndRecentWork() throws Exception {
        Matchday m = BED.matchday();
        BED.work().submit(new WorkRequest.Ingest("E0", "2022-23"));
        String page = html(BED.mvc(new OverviewPages(BED.console(), m.catalog(), m.monitoringViews(), m.jobBoard(), BED.work())),
                get("/"), HttpStatus.OK);
        assertThat(page).contains("Service: UP", "e0-outcome v1", "dixon-coles", "predict-upcoming", "[E0] 2022-23");
        assertThat(page.indexOf("Service: UP")).isLessThan(page.indexOf("e0-outcome v1"));
    }

    @Test
    void aDivisionWithAPricedChampionShowsItBesideThePriceFreeOne() throws Exception {
        Matchday m = BED.matchday();
        m.training().train(new ModelTraining.Request(Division.DEFAULT, "gbm", ModelTraining.pricedModelName(Division.DEFAULT), null, 0));
        OverviewPages pages = new OverviewPages(BED.console(), m.catalog(), m.monitoringViews(), m.jobBoard(), BED.work());
        await("the priced champion is served").atMost(Duration.ofSeconds(20))
                .until(() -> html(BED.mvc(pages), get("/"), HttpStatus.OK).contains("e0-outcome-priced v1"));
        String page = html(BED.mvc(pages), get("/"), HttpStatus.OK);
        assertThat(page).contains("without prices", "with prices", "gbm");
        assertThat(page.indexOf("e0-outcome v1")).as("the price-free row first").isLessThan(page.indexOf("e0-outcome-priced v1"));
    }
}
