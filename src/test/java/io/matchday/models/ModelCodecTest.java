package io.matchday.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.testsupport.SyntheticMatches;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelCodecTest {

    private static final List<Match> LEAGUE = SyntheticMatches.league(20, 2, 4);
    private static final TrainingData DATA = new TrainingData(LEAGUE, LEAGUE.get(LEAGUE.size() - 1).date().plusDays(1));
    private final ModelCodec codec = new ModelCodec();

    @ParameterizedTest
    @ValueSource(strings = {"dixon-coles", "climatology", "market", "market-open", "elo", "pi-ratings", "logistic", "gap", "state-space", "gbm", "seed-rf", "ensemble-no-prices"})
    void aReloadedModelForecastsBitIdentically(String name) {
        Model trained = ModelZoo.trainer(name).train(DATA);
        Model reloaded = codec.decode(codec.encode(trained));
        assertThat(reloaded.name()).isEqualTo(trained.name());
        assertThat(reloaded.provenance().dataFingerprint()).isEqualTo(trained.provenance().dataFingerprint());
        for (Match m : LEAGUE.subList(LEAGUE.size() - 40, LEAGUE.size())) {
            Fixture later = new Fixture(m.division(), DATA.cutoff().plusDays(5), m.home(), m.away(), m.odds());
            assertThat(reloaded.forecast(later).probabilities()).containsExactly(trained.forecast(later).probabilities());
        }
        assertThat(codec.encode(reloaded)).isEqualTo(codec.encode(trained));
    }

    @Test
    void refusesAFormatItCannotReadNamingTheVersion() {
        String newer = new String(codec.encode(ModelZoo.trainer("climatology").train(DATA)), StandardCharsets.UTF_8)
                .replace("\"format_version\" : 1", "\"format_version\" : 2");
        assertThatThrownBy(() -> codec.decode(newer.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("saved model has format version 2; this build reads version 1");
        assertThatThrownBy(() -> codec.decode("{}".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("not a saved Matchday model");

    }

    @Test
    void readsTheGoldenArtifactOfFormatVersionOne() throws Exception {
        byte[] golden = ModelCodecTest.class.getResourceAsStream("dixon-coles-v1.json").readAllBytes();
        Model model = codec.decode(golden);
        assertThat(model.name()).isEqualTo("dixon-coles");
        Forecast f = model.forecast(new Fixture(io.matchday.data.Division.of("E0"), java.time.LocalDate.of(2022, 8, 20),
                new io.matchday.data.Team("Ashbury"), new io.matchday.data.Team("Brackenford"), null));
        assertThat(f.home() + f.draw() + f.away()).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(codec.encode(model)).isEqualTo(golden);
    }
}
