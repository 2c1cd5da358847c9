package io.matchday.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import io.matchday.data.Division;
import io.matchday.data.FootballDataClient;
import io.matchday.data.IngestListener;
import io.matchday.data.IngestService;
import io.matchday.data.Match;
import io.matchday.data.MatchRepository;
import io.matchday.data.RetryPolicy;
import io.matchday.data.SeasonRange;
import io.matchday.data.TeamNames;
import io.matchday.models.ModelZoo;
import io.matchday.testsupport.Mirror;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walk-forward backtests on the real Premier League mirror: the sanity checks of scoring and de-vig. */
class MirrorBacktestIntegrationTest {

    private static List<Match> history;

    @BeforeAll
    static void ingestTheMirror(@TempDir Path dir) {
        try (Database db = Database.open(new DatabaseSettings("jdbc:h2:file:" + dir.resolve("mirror"), "sa", ""))) {
            FootballDataClient client = new FootballDataClient(Mirror.baseUrl(), dir.resolve("cache"), RetryPolicy.DEFAULT,
                    Clock.systemUTC());
            new IngestService(client, db.dataSource(), TeamNames.standard(), Clock.systemUTC())
                    .ingest(Division.of("E0"), SeasonRange.ALL, IngestListener.NONE);
            history = new MatchRepository(db.dataSource(), TeamNames.standard()).matches(Division.of("E0"), SeasonRange.ALL);
        }
    }

    private static BacktestReport backtest(String seasons, String models) {
        return new WalkForwardBacktest(new BacktestConfig(SeasonRange.parse(seasons), 0, 2), PairedBootstrap.DEFAULT)
                .run(history, ModelZoo.trainers(models), i -> { });
    }

    @Test
    void theClosingMarketScoresAboutPointOneNineFiveAndPreClosingPricesAreSlightlyWorse() {
        BacktestReport report = backtest("2019-20..2023-24", "market-open");
        assertThat(report.matches()).hasSize(1900);
        assertThat(report.model("market").evaluation().rps()).isBetween(0.193, 0.197);
        PairedBootstrap.Difference open = report.model("market-open").deltaRpsVsMarket();
        assertThat(open.mean()).isBetween(0.0005, 0.0025);
        assertThat(open.low()).isPositive();
    }

    /** The whole zoo over the five test seasons: the targets of issue 4, as far as the models meet them. */
    @Test
    void everyModelBeatsClimatologyAndTheBestPriceFreeModelIsWithinPointZeroZeroSixOfTheMarket() {
        BacktestReport report = backtest("2019-20..2023-24", "all");
        assertThat(report.models()).extracting(ModelResult::name).containsAll(ModelZoo.names());
        double climatology = report.model("climatology").evaluation().rps();
        for (ModelResult model : report.models()) {
            if (!model.name().equals("climatology")) {
                assertThat(model.evaluation().rps()).as(model.name()).isLessThan(climatology);
            }
        }
        double bestPriceFree = report.models().stream().filter(m -> !m.usesPrices())
                .mapToDouble(m -> m.deltaRpsVsMarket().mean()).min().orElseThrow();
        // Issue 4's target ≤ +0.006; issue 16's GAP ratings, Dixon–Coles on shots and the pool's prior took
        // ensemble-no-prices from +0.0060 to +0.0052 (issue 16's own ≤ +0.0045 is not reached; README).
        assertThat(bestPriceFree).isLessThanOrEqualTo(0.0055);
        assertThat(report.model("gap").deltaRpsVsMarket().mean()).isLessThan(report.model("logistic").deltaRpsVsMarket().mean());
        // The filtered state-space strengths, from goals and shots on target alone, beat Dixon–Coles' window fit
        // (+0.0055 against +0.0064).
        assertThat(report.model("state-space").deltaRpsVsMarket().mean())
                .isLessThan(report.model("dixon-coles").deltaRpsVsMarket().mean() - 0.0005);
        // Issue 16, point 5: Dixon–Coles' over/under 2.5 within +0.007 log loss of the closing totals (+0.0067; plain
        // Dixon–Coles was +0.0108).
        Totals totals = report.totals();
        assertThat(totals.prices()).contains("closing");
        assertThat(totals.models().get("dixon-coles").deltaLogLoss().mean()).isLessThanOrEqualTo(0.007);
        // The honest seed-rf is far better than the reference's 0.221 yet short of the market.
        assertThat(report.model("seed-rf").evaluation().rps()).isBetween(0.196, 0.21);
    }

    @Test
    void dixonColesBeatsClimatologyByMoreThanPointZeroOneFive() {
        BacktestReport report = backtest("2023-24", "climatology,dixon-coles,elo");
        double climatology = report.model("climatology").evaluation().rps();
        assertThat(climatology - report.model("dixon-coles").evaluation().rps()).isGreaterThan(0.015);
        assertThat(report.model("elo").evaluation().rps()).isLessThan(climatology);
        String html = new io.matchday.reports.Reports(io.matchday.reports.Templates.precompiled()).backtest(report);
        assertThat(html).contains("aria-label=\"Cumulative RPS difference").contains("dixon-coles").doesNotContain("src=\"http");
    }
}
