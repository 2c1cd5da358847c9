package io.matchday.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.data.SeasonRange;
import io.matchday.models.ModelZoo;
import io.matchday.testsupport.HeadlessChromium;
import io.matchday.testsupport.SyntheticMatches;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report in a real browser, offline: every chart is drawn and no script fails. */
class BacktestReportBrowserIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void rendersEveryChartFromAFileWithoutNetwork() throws Exception {
        BacktestReport report = new WalkForwardBacktest(new BacktestConfig(SeasonRange.parse("2021-22"), 0, 2),
                PairedBootstrap.DEFAULT).run(SyntheticMatches.league(20, 2, 9), ModelZoo.trainers("climatology,dixon-coles"), i -> { });
        Path page = dir.resolve("report.html");
        Files.writeString(page, new io.matchday.reports.Reports(io.matchday.reports.Templates.precompiled()).backtest(report));

        String dom = HeadlessChromium.renderedDom(page, dir.resolve("profile"));

        // One cumulative chart plus one reliability diagram per model (market, climatology, dixon-coles).
        assertThat(dom).contains("data-charts=\"4\"");
        assertThat(dom).contains("<td>dixon-coles</td>").contains("Reliability diagram of dixon-coles");
    }
}
