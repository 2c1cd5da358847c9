package io.matchday.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import io.matchday.data.Division;
import io.matchday.data.MatchRepository;
import io.matchday.data.SeasonRange;
import io.matchday.data.TeamNames;
import io.matchday.evaluation.BacktestConfig;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.models.ModelZoo;
import io.matchday.testsupport.HeadlessChromium;
import io.matchday.testsupport.Mirror;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code matchday simulate} on the real 2023-24 Premier League, as the acceptance asks. */
class MirrorSimulationIntegrationTest {

    @TempDir
    Path home;

    private CliRun run(String... args) {
        return CliRun.in(home, Mirror.baseUrl(), args);
    }

    @Test
    void theSeasonReplayMatchesTheBacktestRepeatsByteForByteAndItsReportRenders() throws Exception {
        assertThat(run("ingest", "--division", "E0", "--seasons", "2017-18..2023-24").exitCode()).isZero();
        Path first = home.resolve("first.json");
        Path second = home.resolve("second.json");
        Path html = home.resolve("replay.html");
        CliRun replay = run("simulate", "--seasons", "2023-24", "--retrain", "weekly", "--json", first.toString(),
                "--html", html.toString());
        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out()).startsWith("2023-08-07").contains("37 weeks, 380 matches");
        assertThat(run("simulate", "--seasons", "2023-24", "--retrain", "weekly", "--json", second.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));

        JsonNode json = new ObjectMapper().readTree(first.toFile());
        assertThat(json.fieldNames()).toIterable().contains("weeks", "rps", "market_rps", "roi", "max_drawdown", "retrains");
        assertThat(json.path("matches").asInt()).isEqualTo(380);
        int forecasts = 0;
        for (JsonNode week : json.path("weeks")) {
            forecasts += week.path("forecasts").size();
        }
        assertThat(forecasts).isEqualTo(380);
        assertThat(json.path("retrains").asInt()).isEqualTo(36);

        try (Database db = Database.open(new DatabaseSettings("jdbc:h2:file:" + home.resolve("db/matchday"), "sa", ""))) {
            var history = new MatchRepository(db.dataSource(), TeamNames.standard()).matches(Division.of("E0"), SeasonRange.ALL);
            var backtest = new WalkForwardBacktest(new BacktestConfig(SeasonRange.parse("2023-24"), 0, 2), PairedBootstrap.DEFAULT)
                    .run(history, ModelZoo.trainers("dixon-coles"), i -> { });
            assertThat(json.path("rps").asDouble()).isCloseTo(backtest.model("dixon-coles").evaluation().rps(), within(0.001));
            assertThat(json.path("market_rps").asDouble()).isCloseTo(backtest.model("market").evaluation().rps(), within(1e-9));
        }

        String dom = HeadlessChromium.renderedDom(html, home.resolve("profile"));
        assertThat(dom).contains("data-charts=\"2\"").contains("Season replay: E0 2023-24");
    }
}
