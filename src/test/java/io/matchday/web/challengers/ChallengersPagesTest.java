package io.matchday.web.challengers;

import static io.matchday.web.ConsoleTestbed.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.registry.ModelTraining;
import io.matchday.serving.ChallengerViews;
import io.matchday.web.ConsoleTestbed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

class ChallengersPagesTest {

    private static final String MODEL = ConsoleTestbed.MODEL;

    @RegisterExtension
    static final ConsoleTestbed BED = new ConsoleTestbed();

    private final Matchday m = BED.matchday();
    private final MockMvc mvc = BED.mvc(new ChallengersPages(BED.console(), m.challengers()));

    /** v2: climatology, registered behind the Dixon–Coles champion (v1). */
    @BeforeAll
    static void registerASecondVersion() {
        BED.matchday().training().train(new ModelTraining.Request(Division.DEFAULT, "climatology", MODEL, null, 0));
    }

    @Test
    void aChallengerIsAddedShownRefusedPromotionUntilDecidedAndRemoved() throws Exception {
        assertThat(html(mvc, get("/challengers"), HttpStatus.OK)).contains("No challengers");
        assertThat(html(mvc, post("/challengers").param("name", MODEL).param("version", "2"), HttpStatus.UNPROCESSABLE_ENTITY))
                .contains("needs a model name, a version and a reason");
        html(mvc, post("/challengers").param("name", MODEL).param("version", "2").param("reason", "shadow it"), HttpStatus.SEE_OTHER);
        assertThat(html(mvc, post("/challengers").param("name", MODEL).param("version", "1").param("reason", "x"),
                HttpStatus.CONFLICT)).contains("is its champion");
        assertThat(html(mvc, get("/challengers"), HttpStatus.OK)).contains(MODEL + " v2", "climatology", "collecting",
                "nothing settled yet");
        assertThat(html(mvc, get("/challengers/" + MODEL + "/2?notice=added"), HttpStatus.OK))
                .contains("shadows the champion of " + MODEL, "Settled pairs", "promote once the whole sequence lies below zero");
        assertThat(html(mvc, post("/challengers/" + MODEL + "/2/promote").param("reason", "now"), HttpStatus.CONFLICT))
                .contains("is at 'collecting' after 0 settled pairs");
        assertThat(html(mvc, post("/challengers/" + MODEL + "/2/remove"), HttpStatus.UNPROCESSABLE_ENTITY)).contains("needs a reason");
        html(mvc, post("/challengers/" + MODEL + "/2/remove").param("reason", "done"), HttpStatus.SEE_OTHER);
        assertThat(html(mvc, get("/challengers?notice=removed"), HttpStatus.OK)).contains("No challengers", "no longer shadows");
        html(mvc, get("/challengers/" + MODEL + "/2"), HttpStatus.NOT_FOUND);
    }

    @Test
    void theChartDrawsTheMeanInsideItsSequence() {
        assertThat(ChallengersPages.chart(List.of())).isNull();
        String spec = ChallengersPages.chart(List.of(new ChallengerViews.Step(LocalDate.of(2024, 8, 17), 1, 0.02, -0.5, 0.6, 1.0),
                new ChallengerViews.Step(LocalDate.of(2024, 8, 17), 2, 0.01, -0.4, 0.5, 0.9)));
        assertThat(spec).contains("\"mean difference\"", "95 % sequence, low", "95 % sequence, high", "0.01", "-0.4");
    }
}
