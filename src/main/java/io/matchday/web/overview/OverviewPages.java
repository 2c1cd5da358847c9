package io.matchday.web.overview;

import io.matchday.jobs.JobScheduler;
import io.matchday.serving.Catalog;
import io.matchday.serving.JobBoard;
import io.matchday.serving.MonitoringViews;
import io.matchday.web.Console;
import io.matchday.web.Section;
import io.matchday.work.BackgroundWork;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page: is the system healthy, what does each division serve, how fresh is the data, what needs a look. */
@Controller
record OverviewPages(Console console, Catalog catalog, MonitoringViews monitoring, JobBoard jobs, BackgroundWork work) {

    @GetMapping("/")
    ResponseEntity<String> overview(HttpServletRequest request) {
        return console.render(new OverviewPage(console.page(request, "Overview", Section.OVERVIEW), catalog.health(),
                catalog.divisionStates(), monitoring.alerts(5),
                jobs.jobs().stream().sorted(Comparator.comparing((JobScheduler.JobStatus j) -> j.nextRun() == null
                        ? Instant.MAX : j.nextRun())).toList(),
                work.recent(Optional.empty(), 5)));
    }
}
