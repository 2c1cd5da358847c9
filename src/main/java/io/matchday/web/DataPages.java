package io.matchday.web;

import io.matchday.api.ApiProblem;
import io.matchday.api.BackgroundWork;
import io.matchday.api.ConsoleQueries;
import io.matchday.api.WorkRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The match database: seasons per division, the quarantine with reasons and raw lines, field issues, teams with their aliases, and ingests. */
@Controller
class DataPages {

    private final Console console;
    private final ConsoleQueries queries;
    private final BackgroundWork work;
    private final WorkPages workPages;

    DataPages(Console console, ConsoleQueries queries, BackgroundWork work, WorkPages workPages) {
        this.console = console;
        this.queries = queries;
        this.work = work;
        this.workPages = workPages;
    }

    @GetMapping("/data")
    ResponseEntity<String> data(HttpServletRequest request, @RequestParam(required = false) String division) {
        return page(request, HttpStatus.OK, division, "E0", "all", null);
    }

    private ResponseEntity<String> page(HttpServletRequest request, HttpStatus status, String division, String ingestDivisions,
                                        String ingestSeasons, String ingestError) {
        List<String> divisions = queries.divisions();
        String d = division != null && divisions.contains(division) ? division : null;
        Map<String, Object> p = new HashMap<>();
        p.put("divisions", divisions);
        p.put("division", d);
        p.put("seasons", queries.seasons().stream().filter(s -> d == null || s.division().equals(d)).toList());
        p.put("quarantine", queries.quarantine(Optional.ofNullable(d)));
        p.put("issues", queries.dataIssues(Optional.ofNullable(d)));
        p.put("teams", d == null ? List.of() : queries.teams(d));
        p.put("ingests", work.recent(Optional.of(BackgroundWork.Kind.INGEST), 5));
        p.put("ingestDivisions", ingestDivisions);
        p.put("ingestSeasons", ingestSeasons);
        p.put("ingestError", ingestError);
        return console.render(status, "pages/data.jte", console.page(request, "Data", Section.DATA), p);
    }

    @PostMapping("/data/ingest")
    ResponseEntity<String> ingest(HttpServletRequest request, @RequestParam(defaultValue = "E0") String divisions,
                                  @RequestParam(defaultValue = "all") String seasons) {
        try {
            BackgroundWork.Status status = work.submit(new WorkRequest.Ingest(divisions, seasons));
            return Console.seeOther("/data/work/" + status.id());
        } catch (ApiProblem e) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, null, divisions, seasons, e.getMessage());
        }
    }

    @GetMapping("/data/work/{id}")
    ResponseEntity<String> following(HttpServletRequest request, @PathVariable String id) {
        return workPages.page(request, id, Section.DATA);
    }
}
