package io.matchday.web.ledger;

import static io.matchday.web.ConsoleTestbed.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.matchday.app.Matchday;
import io.matchday.serving.FixtureForecasts;
import io.matchday.serving.PredictRequest;
import io.matchday.web.ConsoleTestbed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

class LedgerPagesTest {

    @RegisterExtension
    static final ConsoleTestbed BED = new ConsoleTestbed();

    private final Matchday m = BED.matchday();
    private final MockMvc mvc = BED.mvc(new LedgerPages(BED.console(), m.ledgerViews(), m.registryViews()));

    private static FixtureForecasts.FixtureForecast played;

    /** Three forecasts served: two of a stored match (settled, so scored), one of a fixture to come. */
    @BeforeAll
    static void serveThree() {
        Matchday m = BED.matchday();
        played = m.fixtureForecasts().week("E0", m.fixtureForecasts().weeks("E0").get(0))
                .fixtures().get(0);
        for (int i = 0; i < 2; i++) {
            m.forecasts().predict(new PredictRequest(played.home(), played.away(), played.date(), "E0", null, null, null));
        }
        List<String> teams = m.catalog().teamNames("E0");
        m.forecasts().predict(new PredictRequest(teams.get(0), teams.get(1), LocalDate.of(2031, 8, 16), "E0", null, null, null));
        m.stopServing();
    }

    @Test
    void servedForecastsAreListedNewestFirst() throws Exception {
        String page = html(mvc, get("/ledger"), HttpStatus.OK);
        assertThat(page).contains("2031-08-16", m.catalog().teamNames("E0").get(0));
        assertThat(page.indexOf("2031-08-16")).as("the newest first").isBetween(0, page.indexOf(played.date().toString()));
    }

    @Test
    void theCsvHoldsEveryRowThatPassesTheFilterWithTheOutcomesOfSettledOnes() throws Exception {
        List<String> upcoming = html(mvc, get("/ledger.csv").param("from", "2031-01-01"), HttpStatus.OK).lines().toList();
        assertThat(upcoming).hasSize(2);
        assertThat(upcoming.get(0)).startsWith("id,served_at,node,model");
        assertThat(upcoming.get(1)).contains(",2031-08-16,").endsWith(",,,");
        List<String> settled = html(mvc, get("/ledger.csv").param("to", "2030-01-01"), HttpStatus.OK).lines().skip(1).toList();
        assertThat(settled).hasSize(2).allSatisfy(l -> assertThat(l).matches(".*,[HDA],\\d+-\\d+,0\\.\\d{6}$"));
    }
}
