package io.matchday.web.forecasts;

import static io.matchday.web.ConsoleTestbed.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.matchday.app.Matchday;
import io.matchday.web.ConsoleTestbed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

class ForecastsPagesTest {

    @RegisterExtension
    static final ConsoleTestbed BED = new ConsoleTestbed();

    private final Matchday m = BED.matchday();
    private final MockMvc mvc = BED.mvc(new ForecastsPages(BED.console(), m.catalog(), m.fixtureForecasts(), m.forecasts()));
    private final List<String> teams = m.catalog().teamNames("E0");

    @Test
    void theLatestStoredWeekIsShownWithTheChampionsForecasts() throws Exception {
        String page = html(mvc, get("/forecasts"), HttpStatus.OK);
        assertThat(page).contains("<h1>Forecasts · E0</h1>", "e0-outcome", "/forecasts/fixture?division=E0");
        assertThat(teams.stream().filter(page::contains)).isNotEmpty();
    }

    @Test
    void anUnknownTeamIsRefusedOnItsFieldWithTheClosestNames() throws Exception {
        String typo = teams.get(0).substring(0, teams.get(0).length() - 1);
        String page = html(mvc, get("/forecasts/ask").param("home", typo).param("away", teams.get(1)),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(page).contains("id=\"home-error\"", "unknown team", typo, teams.get(0));
    }

    @Test
    void aPriceThatIsNotANumberIsRefusedWithoutAskingTheService() throws Exception {
        String page = html(mvc, get("/forecasts/ask").param("home", teams.get(0)).param("away", teams.get(1))
                .param("homeOdds", "abc").param("drawOdds", "3.4").param("awayOdds", "3.6"), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(page).contains("is not a number", "abc");
    }

    @Test
    void aValidQuestionIsAnsweredLikeTheApiButNotLedgered() throws Exception {
        long ledgered = m.ledger().count();
        String page = html(mvc, get("/forecasts/ask").param("home", teams.get(2)).param("away", teams.get(3))
                .param("homeOdds", "2.1").param("drawOdds", "3.4").param("awayOdds", "3.6"), HttpStatus.OK);
        assertThat(page).contains(teams.get(2), "e0-outcome", "Market (de-vigged)", "90 % band", "uncertainty of the model");
        assertThat(m.ledgerWriter().queued() + m.ledger().count()).isEqualTo(ledgered);
    }

    @Test
    void aFixtureShowsItsBandAndWhyInAWaterfallThatAddsUp() throws Exception {
        String page = html(mvc, get("/forecasts").param("division", "E0"), HttpStatus.OK);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/forecasts/fixture\\?division=E0&(?:amp;)?date=([0-9-]+)&(?:amp;)?home=([^&]+)&(?:amp;)?away=([^\"]+)\"")
                .matcher(page);
        assertThat(link.find()).as("a fixture linked from the week").isTrue();
        String fixture = html(mvc, get("/forecasts/fixture").param("division", "E0").param("date", link.group(1))
                .param("home", java.net.URLDecoder.decode(link.group(2), java.nio.charset.StandardCharsets.UTF_8))
                .param("away", java.net.URLDecoder.decode(link.group(3), java.nio.charset.StandardCharsets.UTF_8)), HttpStatus.OK);
        assertThat(fixture).contains("90 % band", "<h2>Why</h2>", "average fixture", "home attack", "home advantage",
                "data-chart=", "chart.umd.js");
    }

    @Test
    void anUnknownFixtureIsANotFoundPageNamingIt() throws Exception {
        String page = html(mvc, get("/forecasts/fixture").param("division", "E0").param("date", "2031-01-01")
                .param("home", teams.get(0)).param("away", teams.get(1)), HttpStatus.NOT_FOUND);
        assertThat(page).contains("no match or fixture");
    }
}
