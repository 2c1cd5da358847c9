package io.matchday.web.tables;

import static io.matchday.web.ConsoleTestbed.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.web.ConsoleTestbed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

class TablePagesTest {

    @RegisterExtension
    static final ConsoleTestbed BED = new ConsoleTestbed();

    private final Matchday m = BED.matchday();
    private final MockMvc mvc = BED.mvc(new TablePages(BED.console(), m.projectionViews()));

    @Test
    void aDivisionsTableIsItsProjectionAsAHeatMapOnceTheJobHasRun() throws Exception {
        assertThat(html(mvc, get("/tables"), HttpStatus.OK)).contains("No projection yet", "matchday project");
        assertThat(html(mvc, get("/tables/E0"), HttpStatus.NOT_FOUND)).contains("No projection of E0 yet");
        assertThat(m.projections().refresh(List.of(Division.DEFAULT))).contains("E0 ").contains("projected as of");
        html(mvc, get("/tables"), HttpStatus.SEE_OTHER);
        String page = html(mvc, get("/tables/E0"), HttpStatus.OK);
        assertThat(page).contains("<table class=\"heat projection\"", "Title", "Top 4", "Down (3)", "Ties on points go by goal difference",
                "/api/v1/projections/E0");
        assertThat(page.split("<tr>", -1).length - 1).as("a header row and one row per team").isEqualTo(21);
    }
}
