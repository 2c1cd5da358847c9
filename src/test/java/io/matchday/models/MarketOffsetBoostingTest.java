package io.matchday.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.matchday.data.Match;
import io.matchday.testsupport.SyntheticMatches;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** gbm starts from the market: its trees add corrections to the market's log-probabilities. */
class MarketOffsetBoostingTest {

    private static final List<Match> LEAGUE = SyntheticMatches.league(20, 3, 9);
    private static final LocalDate CUTOFF = LEAGUE.stream().filter(m -> m.season().startYear() == LEAGUE.get(LEAGUE.size() - 1)
            .season().startYear()).map(Match::date).min(LocalDate::compareTo).orElseThrow();

    private static Model gbm(int rounds, double eta) {
        BoostedTreesTrainer.Config base = BoostedTreesTrainer.Config.gbm();
        Map<String, Object> parameters = new LinkedHashMap<>(base.parameters());
        parameters.put("eta", eta);
        return new BoostedTreesTrainer(base.with(parameters, rounds, true)).train(TrainingData.before(LEAGUE, CUTOFF));
    }

    /** The de-vigged pre-closing average, as the market features compute it. */
    private static double[] market(Match m) {
        return io.matchday.features.FeatureConfig.WITH_PRICES.marketMethod().probabilities(m.odds().averageOpening().orElseThrow());
    }

    @Test
    void withVanishingCorrectionsItForecastsExactlyTheMarketsFeatureProbabilities() {
        Model nearlyNothing = gbm(1, 1e-9);
        List<Match> later = LEAGUE.stream().filter(m -> !m.date().isBefore(CUTOFF)).limit(50).toList();
        for (Match m : later) {
            double[] p = nearlyNothing.forecast(PointInTime.beforeKickOff(m)).probabilities();
            double[] market = market(m);
            for (int k = 0; k < 3; k++) {
                assertThat(p[k]).as("%s outcome %d", m, k).isCloseTo(market[k], within(1e-5));
            }
        }
    }

    @Test
    void gentleBoostingStaysCloseToTheMarketAndRoundTripsThroughTheCodec() {
        Model model = gbm(25, 0.02);
        ModelCodec codec = new ModelCodec();
        Model reloaded = codec.decode(codec.encode(model));
        List<Match> later = LEAGUE.stream().filter(m -> !m.date().isBefore(CUTOFF)).limit(100).toList();
        double gap = 0;
        for (Match m : later) {
            double[] p = model.forecast(PointInTime.beforeKickOff(m)).probabilities();
            assertThat(reloaded.forecast(PointInTime.beforeKickOff(m)).probabilities()).containsExactly(p);
            double[] market = market(m);
            for (int k = 0; k < 3; k++) {
                gap += Math.abs(p[k] - market[k]);
            }
        }
        assertThat(gap / (3 * later.size())).as("mean absolute move away from the market").isBetween(1e-5, 0.02);
    }
}
