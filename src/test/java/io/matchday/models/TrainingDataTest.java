package io.matchday.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.data.Match;
import io.matchday.features.FeatureBuilder;
import io.matchday.features.FeatureConfig;
import io.matchday.testsupport.SyntheticMatches;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingDataTest {

    private static final List<Match> LEAGUE = SyntheticMatches.league(10, 2, 3);

    @Test
    void modelsOfOneWindowShareOneReplayPerFeatureConfiguration() {
        TrainingData window = TrainingData.before(LEAGUE, LEAGUE.get(120).date());
        FeatureBuilder.Replay first = window.replay(FeatureConfig.WITHOUT_PRICES);
        assertThat(window.replay(FeatureConfig.WITHOUT_PRICES)).isSameAs(first);
        assertThat(window.replay(FeatureConfig.WITH_PRICES)).isNotSameAs(first);
        // The shared replay is the one a fresh builder makes: same matches, bit-identical features.
        FeatureBuilder.Replay fresh = new FeatureBuilder(FeatureConfig.WITHOUT_PRICES).replay(window.matches());
        assertThat(first.matches()).isEqualTo(fresh.matches());
        for (int i = 0; i < fresh.rows().size(); i++) {
            assertThat(first.rows().get(i).values()).containsExactly(fresh.rows().get(i).values());
        }
    }

    @Test
    void aSharedReplayServesEveryModelTheSameAsItsOwnWould() {
        TrainingData shared = TrainingData.before(LEAGUE, LEAGUE.get(150).date());
        TrainingData alone = TrainingData.before(LEAGUE, LEAGUE.get(150).date());
        ModelZoo.trainer("elo").train(shared);   // replays the window first, for logistic to reuse
        Model logistic = ModelZoo.trainer("logistic").train(shared);
        Model logisticAlone = ModelZoo.trainer("logistic").train(alone);
        var fixture = LEAGUE.get(160).fixture();
        assertThat(logistic.forecast(fixture).probabilities()).containsExactly(logisticAlone.forecast(fixture).probabilities());
    }
}
