package io.matchday.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matchday.data.Division;
import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.data.Odds;
import io.matchday.data.OutcomePrices;
import io.matchday.data.Team;
import io.matchday.testsupport.SyntheticMatches;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties every model must have, whatever it is. */
class ModelPropertiesTest {

    private static final List<Match> LEAGUE = SyntheticMatches.league(20, 2, 3);
    private static final LocalDate CUTOFF = LEAGUE.get(LEAGUE.size() - 1).date().plusDays(1);

    @Test
    void everyForecastOfEveryModelIsFiniteAndSumsToOne() {
        List<Team> teams = LEAGUE.stream().map(Match::home).distinct().toList();
        SplittableRandom random = new SplittableRandom(11);
        for (String name : ModelZoo.names()) {
            Model model = ModelZoo.trainer(name).train(new TrainingData(LEAGUE, CUTOFF));
            for (int i = 0; i < 200; i++) {
                Team home = teams.get(random.nextInt(teams.size()));
                Team away = i % 50 == 0 ? new Team("Newly Promoted") : teams.get(random.nextInt(teams.size()));
                if (home.equals(away)) {
                    continue;
                }
                double h = 1.05 + random.nextDouble() * 20;
                double d = 2.5 + random.nextDouble() * 6;
                double a = 1.05 + random.nextDouble() * 20;
                OutcomePrices prices = new OutcomePrices(h, d, a);
                Odds odds = new Odds(Map.of("Avg", prices), Map.of("Avg", prices), List.of(), List.of());
                Fixture fixture = new Fixture(Division.of("E0"), CUTOFF.plusDays(random.nextInt(300)), home, away, odds);
                Forecast f = model.forecast(fixture);
                assertThat(f.home() + f.draw() + f.away()).as(name).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
                for (double p : f.probabilities()) {
                    assertThat(Double.isFinite(p) && p >= 0 && p <= 1).as(name + " " + p).isTrue();
                }
            }
        }
    }

    @Test
    void trainingIsDeterministicAndCarriesProvenance() {
        for (String name : ModelZoo.names()) {
            Model first = ModelZoo.trainer(name).train(new TrainingData(LEAGUE, CUTOFF));
            Model second = ModelZoo.trainer(name).train(new TrainingData(LEAGUE, CUTOFF));
            Fixture fixture = LEAGUE.get(LEAGUE.size() - 1).fixture();
            Fixture later = new Fixture(fixture.division(), CUTOFF.plusDays(3), fixture.home(), fixture.away(), fixture.odds());
            assertThat(second.forecast(later)).as(name).isEqualTo(first.forecast(later));
            ModelProvenance p = first.provenance();
            assertThat(p.model()).isEqualTo(name);
            assertThat(p.dataFingerprint()).hasSize(64).isEqualTo(second.provenance().dataFingerprint());
            assertThat(p.matches()).isEqualTo(760);
            assertThat(p.cutoff()).isEqualTo(CUTOFF);
        }
    }

    @Test
    void badInputGetsAClearError() {
        Team t = LEAGUE.get(0).home();
        assertThatThrownBy(() -> new Fixture(Division.of("E0"), CUTOFF, t, t, null))
                .hasMessage("a team cannot play itself: " + t);
        assertThatThrownBy(() -> TrainingData.before(LEAGUE, LEAGUE.get(0).date()))
                .hasMessageStartingWith("no matches to train on before");
        assertThatThrownBy(() -> new OutcomePrices(1.0, 3, 4)).hasMessageContaining("above 1.0");
        Model market = ModelZoo.trainer("market").train(new TrainingData(LEAGUE, CUTOFF));
        Fixture noPrices = new Fixture(Division.of("E0"), CUTOFF, t, LEAGUE.get(0).away(), null);
        assertThatThrownBy(() -> market.forecast(noPrices)).isInstanceOf(MissingPricesException.class)
                .hasMessageContaining("needs closing Avg prices");
        assertThatThrownBy(() -> ModelZoo.trainer("astrology")).hasMessageStartingWith("unknown model 'astrology'");
    }
}
