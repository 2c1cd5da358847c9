package io.matchday.web.models;

import static io.matchday.web.ConsoleTestbed.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.web.ConsoleTestbed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

class ModelsPagesTest {

    private static final String MODEL = ConsoleTestbed.MODEL;

    @RegisterExtension
    static final ConsoleTestbed BED = new ConsoleTestbed();

    private final Matchday m = BED.matchday();
    private final MockMvc mvc = BED.mvc(new ModelsPages(BED.console(), m.registryViews(), m.modelAdmin()));

    /** v2: climatology, which the gate keeps behind the Dixon–Coles champion (v1). */
    @BeforeAll
    static void registerAWeakerVersion() {
        BED.matchday().training().train(new ModelTraining.Request(Division.DEFAULT, "climatology", MODEL, null, 0));
    }

    @Test
    void theRegistryListsBothVersions() throws Exception {
        assertThat(html(mvc, get("/models"), HttpStatus.OK)).contains(MODEL, "dixon-coles", "climatology", "/models/" + MODEL + "/2");
    }

    @Test
    void aCardShowsTeamStrengthsAndTheChampionBesideIt() throws Exception {
        assertThat(html(mvc, get("/models/" + MODEL + "/1"), HttpStatus.OK)).contains("dixon-coles",
                m.catalog().teamNames("E0").get(0));
        assertThat(html(mvc, get("/models/" + MODEL + "/2"), HttpStatus.OK)).contains("/models/" + MODEL + "/1\">v1</a>");
    }

    @Test
    void aPromotionWithoutAReasonIsRefusedAndMovesNothing() throws Exception {
        assertThat(html(mvc, post("/models/" + MODEL + "/2/promote"), HttpStatus.UNPROCESSABLE_ENTITY))
                .contains("A promotion needs a reason");
        assertThat(m.registry().alias(MODEL, ModelRegistry.CHAMPION)).contains(1);
    }

    @Test
    void theGateRefusesAWeakerVersionWithItsNumbers() throws Exception {
        assertThat(html(mvc, post("/models/" + MODEL + "/2/promote").param("reason", "try it"), HttpStatus.CONFLICT))
                .contains("Refused by the promotion gate", "Gate:");
        assertThat(m.registry().alias(MODEL, ModelRegistry.CHAMPION)).contains(1);
    }

    @Test
    void anUnknownVersionIsNotFoundWhetherShownOrPromoted() throws Exception {
        html(mvc, get("/models/" + MODEL + "/9"), HttpStatus.NOT_FOUND);
        assertThat(html(mvc, post("/models/" + MODEL + "/9/promote").param("reason", "x").param("force", "true"),
                HttpStatus.NOT_FOUND)).contains("has no version 9");
    }

    @Test
    void aRollbackWithoutAnEarlierChampionIsRefusedOnTheCard() throws Exception {
        assertThat(html(mvc, post("/models/" + MODEL + "/rollback").param("reason", "misbehaves").param("version", "1"),
                HttpStatus.UNPROCESSABLE_ENTITY)).contains("notice error");
    }
}
