package io.matchday.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.models.ModelZoo;
import io.matchday.testsupport.Mirror;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training E0 on the mirror, as the demo does: the candidates race for both names, and the champions served are the
 * panel's best rather than a single rating model.
 */
class MirrorChampionIntegrationTest {

    private static final List<String> SINGLE_RATING_MODELS = List.of("dixon-coles", "elo", "pi-ratings", "gap", "state-space");

    @TempDir
    Path home;

    @Test
    void e0sChampionsAreRacedForForecastsWithAndWithoutPrices() throws Exception {
        CliRun ingest = CliRun.in(home, Mirror.baseUrl(), "ingest", "-d", "E0");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        CliRun train = CliRun.in(home, Mirror.baseUrl(), "train", "-d", "E0");
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.out()).contains("e0-outcome: racing ensemble-no-prices, state-space, gap, dixon-coles")
                .contains("e0-outcome-priced: racing ensemble, gbm");

        JsonNode models = new ObjectMapper().readTree(CliRun.in(home, Mirror.baseUrl(), "models", "--json").out());
        List<String> priceFree = new ArrayList<>();
        List<String> priced = new ArrayList<>();
        for (JsonNode v : models) {
            String trainer = (v.path("aliases").toString().contains("champion") ? "*" : "") + v.path("model").asText();
            switch (v.path("name").asText()) {
                case "e0-outcome" -> priceFree.add(trainer);
                case "e0-outcome-priced" -> priced.add(trainer);
                default -> { }
            }
        }
        assertThat(priceFree).as("every candidate stays registered").hasSize(ModelZoo.PRICE_FREE_CANDIDATES.size());
        assertThat(priced).hasSize(ModelZoo.PRICED_CANDIDATES.size());
        String champion = priceFree.stream().filter(t -> t.startsWith("*")).findFirst().orElseThrow().substring(1);
        assertThat(champion).as("E0's price-free champion").isNotIn(SINGLE_RATING_MODELS);
        String pricedChampion = priced.stream().filter(t -> t.startsWith("*")).findFirst().orElseThrow().substring(1);
        assertThat(ModelZoo.trainer(pricedChampion).usesPrices()).isTrue();
    }
}
