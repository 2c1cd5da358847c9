package io.matchday.web.tables;

import io.matchday.NotFoundException;
import io.matchday.serving.ProjectionViews;
import io.matchday.simulation.ProjectionStore;
import io.matchday.web.Console;
import io.matchday.web.Section;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Table: the projected final table of each division the predict-upcoming job projects. */
@Controller
record TablePages(Console console, ProjectionViews projections) {

    @GetMapping("/tables")
    ResponseEntity<String> first(HttpServletRequest request) {
        List<String> divisions = projections.divisions();
        if (divisions.isEmpty()) {
            return console.render(new TablePage(console.page(request, "Table", Section.TABLE), divisions, null, null));
        }
        return Console.seeOther("/tables/" + divisions.get(0));
    }

    @GetMapping("/tables/{division}")
    ResponseEntity<String> show(HttpServletRequest request, @PathVariable String division) {
        List<String> divisions = projections.divisions();
        ProjectionStore.Stored stored;
        try {
            stored = projections.latest(division);
        } catch (NotFoundException notYet) {
            return console.render(HttpStatus.NOT_FOUND, new TablePage(console.page(request, division + " table", Section.TABLE),
                    divisions, division, null));
        }
        return console.render(new TablePage(console.page(request, division + " table", Section.TABLE), divisions, division,
                stored));
    }
}
