package io.matchday.web;

import io.matchday.api.BackgroundWork;
import io.matchday.api.ConsoleQueries;
import io.matchday.jobs.JobScheduler;
import io.matchday.monitoring.AlertStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page: is the system healthy, what does each division serve, how fresh is the data, what needs a look. */
@Controller
class OverviewPages {

    private final Console console;
    private final ConsoleQueries queries;
    private final AlertStore alerts;
    private final JobScheduler scheduler;
    private final BackgroundWork work;

    OverviewPages(Console console, ConsoleQueries queries, AlertStore alerts, JobScheduler scheduler, BackgroundWork work) {
        this.console = console;
        this.queries = queries;
        this.alerts = alerts;
        this.scheduler = scheduler;
        this.work = work;
    }

    @GetMapping("/")
    ResponseEntity<String> overview(HttpServletRequest request) {
        return console.render("pages/overview.jte", console.page(request, "Overview", Section.OVERVIEW), Map.of(
                "health", queries.health(),
                "divisions", queries.divisionStates(),
                "alerts", alerts.recent(5),
                "jobs", scheduler.list().stream().sorted(Comparator.comparing(j -> j.nextRun() == null
                        ? java.time.Instant.MAX : j.nextRun())).toList(),
                "work", work.recent(Optional.empty(), 5)));
    }
}
