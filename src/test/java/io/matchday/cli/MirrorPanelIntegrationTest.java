package io.matchday.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.testsupport.Mirror;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The league panel on the mirror's real leagues, in seasons whose files have no closing prices: the closing
 * market is left out of each league with a note instead of stopping the run, a league that is not stored
 * is skipped and said so, gbm (which starts from the market) stays within reach of the pre-closing market,
 * and the over/under table scores Dixon–Coles against the pre-closing totals prices.
 */
class MirrorPanelIntegrationTest {

    @TempDir
    Path home;

    private CliRun run(String... args) {
        return CliRun.in(home, Mirror.baseUrl(), args);
    }

    @Test
    void twoLeaguesSideBySideWithTheModelsThatCannotForecastLeftOut() throws Exception {
        assertThat(run("ingest", "--division", "D1,I1", "--seasons", "2008-09..2011-12").exitCode()).isZero();
        Path json = home.resolve("panel.json");
        Path html = home.resolve("panel.html");
        CliRun panel = run("backtest", "--divisions", "D1,I1,E0", "-m", "market,gbm,dixon-coles", "-t", "2010-11..2011-12",
                "--benchmark", "market-open", "--json", json.toString(), "--html", html.toString());
        assertThat(panel.exitCode()).as(panel.err()).isZero();
        assertThat(panel.out()).contains("League panel 2010-11..2011-12: ΔRPS against market-open")
                .contains("note: D1 market: forecast 0 of").contains("note: I1 market: forecast 0 of")
                .contains("note: E0: none of 2010-11..2011-12 is stored, skipped");

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("leagues")).hasSize(2);
        for (JsonNode league : root.path("leagues")) {
            assertThat(league.path("models").fieldNames()).toIterable().containsExactlyInAnyOrder("market-open", "gbm", "dixon-coles");
            assertThat(league.path("matches").asInt()).isGreaterThan(500);
            // Learning corrections to the market keeps gbm near it; the price-free model trails it.
            assertThat(league.path("models").path("gbm").path("delta_rps").asDouble()).isBetween(-0.003, 0.003);
            assertThat(league.path("models").path("dixon-coles").path("delta_rps").asDouble()).isPositive();
        }
        JsonNode across = root.path("across");
        assertThat(across.path("gbm").path("leagues").asInt()).isEqualTo(2);
        assertThat(across.path("gbm").path("pooled_low").asDouble()).isLessThan(across.path("gbm").path("mean_delta_rps").asDouble());
        assertThat(Files.readString(html)).contains("D1").contains("I1").contains("pooled 95 % CI");

        CliRun single = run("backtest", "-d", "D1", "-m", "dixon-coles", "-t", "2011-12", "--benchmark", "market-open");
        assertThat(single.exitCode()).as(single.err()).isZero();
        assertThat(single.out()).contains("Over/under 2.5 goals").contains("de-vigged pre-closing average over/under 2.5")
                .containsPattern("dixon-coles\\s+0\\.6\\d{3}");
    }
}
