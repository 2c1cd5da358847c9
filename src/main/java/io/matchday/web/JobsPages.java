package io.matchday.web;

import io.matchday.api.ApiProblem;
import io.matchday.api.BackgroundWork;
import io.matchday.api.ConsoleQueries;
import io.matchday.api.WorkRequest;
import io.matchday.jobs.JobScheduler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
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

/** The recurring jobs and their history; retraining triggers as they stand and its history; running either now. */
@Controller
class JobsPages {

    private final Console console;
    private final JobScheduler scheduler;
    private final ConsoleQueries queries;
    private final BackgroundWork work;
    private final WorkPages workPages;

    JobsPages(Console console, JobScheduler scheduler, ConsoleQueries queries, BackgroundWork work, WorkPages workPages) {
        this.console = console;
        this.scheduler = scheduler;
        this.queries = queries;
        this.work = work;
        this.workPages = workPages;
    }

    /** The service's old jobs page lives on as this section. */
    @GetMapping("/jobs.html")
    ResponseEntity<String> oldPage() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", "/jobs").build();
    }

    @GetMapping("/jobs")
    ResponseEntity<String> jobs(HttpServletRequest request, @RequestParam(required = false) String division,
                                @RequestParam(required = false) String notice) {
        return page(request, HttpStatus.OK, division, notice == null ? null : new Views.Outcome(true, notice, null), null, "", false);
    }

    private ResponseEntity<String> page(HttpServletRequest request, HttpStatus status, String division, Views.Outcome outcome,
                                        String reasonError, String reason, boolean force) {
        List<String> divisions = queries.divisions();
        String d = division != null && divisions.contains(division) ? division : divisions.contains("E0") ? "E0"
                : divisions.isEmpty() ? null : divisions.get(0);
        Map<String, Object> p = new HashMap<>();
        p.put("jobs", scheduler.list());
        p.put("history", scheduler.history().recent(Optional.empty(), 50));
        p.put("divisions", divisions);
        p.put("division", d);
        p.put("retraining", d == null ? null : queries.retraining(d));
        p.put("retrainings", d == null ? List.of() : queries.retrainingHistory(d, 20));
        p.put("outcome", outcome);
        p.put("reasonError", reasonError);
        p.put("reason", reason);
        p.put("force", force);
        p.put("work", work.recent(Optional.of(BackgroundWork.Kind.RETRAINING), 5));
        return console.render(status, "pages/jobs.jte", console.page(request, "Jobs", Section.JOBS), p);
    }

    /** The retraining triggers, loaded after the page: evaluating them measures drift and performance. */
    @GetMapping("/jobs/triggers")
    ResponseEntity<String> triggers(@RequestParam(defaultValue = "E0") String division) {
        return console.fragment("fragments/triggers.jte", Map.of("triggers", queries.triggers(division)));
    }

    @PostMapping("/jobs/{name}/run")
    ResponseEntity<String> run(@PathVariable String name) {
        if (!scheduler.names().contains(name)) {
            throw ApiProblem.notFound("unknown-job", "Unknown job", "no job '" + name + "'; jobs: " + scheduler.names());
        }
        scheduler.trigger(name);
        String notice = name + " is queued: one node of the cluster runs it within seconds; its run appears in the history below.";
        return Console.seeOther("/jobs?notice="
                + java.net.URLEncoder.encode(notice, java.nio.charset.StandardCharsets.UTF_8));
    }

    @PostMapping("/jobs/retrain")
    ResponseEntity<String> retrain(HttpServletRequest request, @RequestParam(defaultValue = "E0") String division,
                                   @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean force) {
        try {
            BackgroundWork.Status status = work.submit(new WorkRequest.Retraining(division, reason, force));
            return Console.seeOther("/jobs/work/" + status.id());
        } catch (ApiProblem e) {
            List<String> messages = new ArrayList<>();
            e.errors().forEach(f -> messages.add(f.message()));
            String message = messages.isEmpty() ? e.getMessage() : String.join("; ", messages);
            boolean onReason = e.errors().stream().anyMatch(f -> f.pointer().equals("/reason"));
            return page(request, e.status(), division, onReason ? null : new Views.Outcome(false, e.getMessage(), null),
                    onReason ? message : null, reason, force);
        }
    }

    @GetMapping("/jobs/work/{id}")
    ResponseEntity<String> following(HttpServletRequest request, @PathVariable String id) {
        return workPages.page(request, id, Section.JOBS);
    }
}
