package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import io.matchday.testsupport.Http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.matchday.testsupport.Mirror;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The service on every real Premier League season of the mirror, asked as the reference system's clients ask. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MirrorServingIntegrationTest {

    private ServedLeague league;

    @BeforeAll
    void start(@TempDir Path home) {
        league = ServedLeague.of(home, Mirror.baseUrl(), ServedLeague.h2(home));
    }

    @AfterAll
    void stop() {
        if (league != null) {
            league.close();
        }
    }

    @Test
    void answersTheReferenceExampleInTheReferenceShape() {
        Http.Reply reply = league.http.post("/predict", "{\"home_team\":\"Arsenal\",\"away_team\":\"Manchester United\","
                + "\"home_odds\":2.1,\"draw_odds\":3.2,\"away_odds\":3.5}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode r = reply.json();
        assertThat(r.path("home_team").asText()).isEqualTo("Arsenal");
        // The name as the client sent it (the reference system's clients match answers by it); Matchday knew it as Man United.
        assertThat(r.path("away_team").asText()).isEqualTo("Manchester United");
        assertThat(r.path("predicted_result").asText()).isIn("Home Win", "Draw", "Away Win");
        double home = r.path("home_win_probability").asDouble();
        double away = r.path("away_win_probability").asDouble();
        assertThat(home + r.path("draw_probability").asDouble() + away).isCloseTo(1.0, within(1e-9));
        // Arsenal at home to United, on the last seasons' form: the home side is favourite.
        assertThat(home).isGreaterThan(away);
        assertThat(r.path("prediction_confidence").asDouble()).isEqualTo(Math.max(home, Math.max(away,
                r.path("draw_probability").asDouble())));
        assertThat(r.path("model_version").asText()).isEqualTo("e0-outcome:1");
    }

    @Test
    void teamsCarryTheSpellingsTheyAreKnownBy() {
        JsonNode teams = league.http.get("/api/v1/teams?division=E0").json().path("teams");
        JsonNode united = StreamSupport.stream(teams.spliterator(), false)
                .filter(t -> t.path("name").asText().equals("Man United")).findFirst().orElseThrow();
        assertThat(united.path("aliases").toString()).contains("Manchester United");
        assertThat(united.path("firstSeason").asText()).isEqualTo("2005-06");
        assertThat(league.http.post("/api/v1/predict", "{\"home\":\"Manchester Utd\",\"away\":\"Spurs\"}").status()).isEqualTo(200);
    }

    @Test
    void theChampionIsMeasuredAgainstTheClosingMarket() {
        JsonNode validation = league.http.get("/api/v1/model").json().path("validation");
        assertThat(validation.path("matches").asInt()).isEqualTo(380);
        // The closing market is hard to beat: a results-only model trails it on real data.
        assertThat(validation.path("deltaRpsVsMarket").asDouble()).isBetween(0.0, 0.02);
    }
}
