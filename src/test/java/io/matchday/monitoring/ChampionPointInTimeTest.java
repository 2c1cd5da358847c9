package io.matchday.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.models.Forecast;
import io.matchday.models.Model;
import io.matchday.models.ModelProvenance;
import io.matchday.models.ModelZoo;
import io.matchday.models.TrainingData;
import io.matchday.testsupport.SyntheticMatches;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Monitoring shows a price-based champion each match as the backtest does: pre-closing prices only. */
class ChampionPointInTimeTest {

    private final List<Match> league = SyntheticMatches.league(20, 3, 11).stream()
            .sorted(Comparator.comparing(Match::date).thenComparing(m -> m.home().name())).toList();

    /** Forecasts with the model it wraps and keeps every fixture it was shown. */
    private static final class Recording implements Model {
        private final Model model;
        private final List<Fixture> seen = new ArrayList<>();

        Recording(Model model) {
            this.model = model;
        }

        @Override
        public String name() {
            return model.name();
        }

        @Override
        public boolean usesPrices() {
            return model.usesPrices();
        }

        @Override
        public Forecast forecast(Fixture fixture) {
            seen.add(fixture);
            return model.forecast(fixture);
        }

        @Override
        public ModelProvenance provenance() {
            return model.provenance();
        }
    }

    @Test
    void driftAndPerformanceFeedAPriceChampionOnlyPricesKnownBeforeKickOff() {
        assertThat(league).as("the synthetic league has closing prices to hide")
                .anySatisfy(m -> assertThat(m.odds().averageClosing()).isPresent());
        Match cutoff = league.get(league.size() / 2);
        Recording champion = new Recording(ModelZoo.trainer("market-open").train(TrainingData.before(league, cutoff.date())));

        new DriftMonitor(MonitoringConfig.DEFAULTS, new DriftTests(0.01, 1)).measure(league, champion, 0);
        int drift = champion.seen.size();
        Performance performance = new PerformanceMonitor(MonitoringConfig.DEFAULTS).measure(league, champion);

        assertThat(drift).as("prediction drift forecast both windows").isPositive();
        assertThat(champion.seen.size()).as("performance forecast the recent matches").isGreaterThan(drift);
        assertThat(performance.matches()).isPositive();
        assertThat(champion.seen).allSatisfy(f -> {
            assertThat(f.odds().closing()).isEmpty();
            assertThat(f.odds().totals()).noneMatch(t -> t.closing());
            assertThat(f.odds().averageOpening()).isPresent();
        });
    }
}
