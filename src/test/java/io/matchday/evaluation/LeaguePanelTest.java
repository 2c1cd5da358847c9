package io.matchday.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.matchday.data.SeasonRange;
import io.matchday.models.ModelZoo;
import io.matchday.testsupport.SyntheticMatches;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaguePanelTest {

    private static BacktestReport league(long seed) {
        return new WalkForwardBacktest(new BacktestConfig(SeasonRange.parse("2022-23"), 0, 2), PairedBootstrap.DEFAULT,
                "market-open").run(SyntheticMatches.league(20, 3, seed), ModelZoo.trainers("elo,climatology", "market-open"),
                i -> { });
    }

    @Test
    void theMeanAcrossLeaguesIsTheMeanOfTheLeagueMeansAndThePooledIntervalCoversEveryMatch() {
        BacktestReport a = league(5);
        BacktestReport b = league(6);
        LeaguePanel panel = LeaguePanel.of("2022-23", "market-open", List.of(
                new LeaguePanel.League("AAA", "2022-23", List.of(), a, "run-a"),
                new LeaguePanel.League("BBB", "2022-23", List.of("2021-22"), b, "run-b")),
                List.of("CCC: none of 2022-23 is stored, skipped"), PairedBootstrap.DEFAULT);

        LeaguePanel.Across elo = panel.across().get("elo");
        assertThat(elo.leagues()).isEqualTo(2);
        assertThat(elo.meanDelta()).isCloseTo((a.model("elo").deltaRpsVsMarket().mean()
                + b.model("elo").deltaRpsVsMarket().mean()) / 2, within(1e-12));
        // Equal league sizes: the pooled mean is the mean of the means too, and its interval brackets it.
        assertThat(elo.pooled().mean()).isCloseTo(elo.meanDelta(), within(1e-12));
        assertThat(elo.pooled().low()).isLessThan(elo.meanDelta()).isLessThan(elo.pooled().high());
        assertThat(panel.models()).containsExactly("market-open", "elo", "climatology");
        assertThat(panel.across().get("market-open").meanDelta()).isZero();

        String html = new io.matchday.reports.Reports(io.matchday.reports.Templates.precompiled()).panel(panel);
        assertThat(html).contains("AAA").contains("BBB").contains("CCC: none of 2022-23 is stored, skipped")
                .contains("2021-22 not stored, skipped").contains("pooled 95 % CI");
    }
}
