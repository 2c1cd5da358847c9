package io.matchday.web.data;

import io.matchday.Refusal;
import io.matchday.data.Division;
import io.matchday.serving.Catalog;
import io.matchday.serving.MatchData;
import io.matchday.web.Console;
import io.matchday.web.Section;
import io.matchday.web.work.WorkPages;
import io.matchday.work.BackgroundWork;
import io.matchday.work.WorkRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
record DataPages(Console console, MatchData data, Catalog catalog, BackgroundWork work, WorkPages workPages) {

    @GetMapping("/data")
    ResponseEntity<String> data(HttpServletRequest request, @RequestParam(required = false) String division) {
        return page(request, HttpStatus.OK, division, Division.DEFAULT_CODE, "all", null);
    }

    private ResponseEntity<String> page(HttpServletRequest request, HttpStatus status, String division, String ingestDivisions,
                                        String ingestSeasons, String ingestError) {
        List<String> divisions = catalog.divisions();
        String d = division != null && divisions.contains(division) ? division : null;
        return console.render(status, new DataPage(console.page(request, "Data", Section.DATA), divisions, d,
                data.seasons().stream().filter(s -> d == null || s.division().equals(d)).toList(),
                data.quarantine(Optional.ofNullable(d)), data.dataIssues(Optional.ofNullable(d)),
                d == null ? List.of() : catalog.teams(d).teams(), work.recent(Optional.of(BackgroundWork.Kind.INGEST), 5),
                ingestDivisions, ingestSeasons, ingestError));
    }

    @PostMapping("/data/ingest")
    ResponseEntity<String> ingest(HttpServletRequest request, @RequestParam(defaultValue = Division.DEFAULT_CODE) String divisions,
                                  @RequestParam(defaultValue = "all") String seasons) {
        try {
            BackgroundWork.Status status = work.submit(new WorkRequest.Ingest(divisions, seasons));
            return Console.seeOther("/data/work/" + status.id());
        } catch (Refusal e) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, null, divisions, seasons, e.getMessage());
        }
    }

    @GetMapping("/data/work/{id}")
    ResponseEntity<String> following(HttpServletRequest request, @PathVariable String id) {
        return workPages.page(request, id, Section.DATA);
    }
}
