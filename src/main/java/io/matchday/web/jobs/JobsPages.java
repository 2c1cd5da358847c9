package io.matchday.web.jobs;

import io.matchday.Refusal;
import io.matchday.data.Division;
import io.matchday.http.RefusalStatus;
import io.matchday.serving.Catalog;
import io.matchday.serving.JobBoard;
import io.matchday.serving.RetrainingViews;
import io.matchday.web.Console;
import io.matchday.web.FormErrors;
import io.matchday.web.Notice;
import io.matchday.web.Section;
import io.matchday.web.work.WorkPages;
import io.matchday.work.BackgroundWork;
import io.matchday.work.WorkRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
record JobsPages(Console console, JobBoard jobs, RetrainingViews retraining, Catalog catalog, BackgroundWork work,
                 WorkPages workPages) {

    /** The service's old jobs page lives on as this section. */
    @GetMapping("/jobs.html")
    ResponseEntity<String> oldPage() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", "/jobs").build();
    }

    @GetMapping("/jobs")
    ResponseEntity<String> jobs(HttpServletRequest request, @RequestParam(required = false) String division,
                                @RequestParam(required = false) String notice) {
        return page(request, HttpStatus.OK, division, notice == null ? null : Notice.done(notice), null, "", false);
    }

    private ResponseEntity<String> page(HttpServletRequest request, HttpStatus status, String division, Notice outcome,
                                        String reasonError, String reason, boolean force) {
        List<String> divisions = catalog.divisions();
        String d = division != null && divisions.contains(division) ? division
                : divisions.isEmpty() ? null : catalog.preferredDivision();
        return console.render(status, new JobsPage(console.page(request, "Jobs", Section.JOBS), jobs.jobs(),
                jobs.history(Optional.empty(), 50), divisions, d, d == null ? null : retraining.status(d),
                d == null ? List.of() : retraining.history(d, 20), outcome, reasonError, reason, force,
                work.recent(Optional.of(BackgroundWork.Kind.RETRAINING), 5)));
    }

    /** The retraining triggers, loaded after the page: evaluating them measures drift and performance. */
    @GetMapping("/jobs/triggers")
    ResponseEntity<String> triggers(@RequestParam(defaultValue = Division.DEFAULT_CODE) String division) {
        return console.render(new TriggersFragment(retraining.triggers(division)));
    }

    @PostMapping("/jobs/{name}/run")
    ResponseEntity<String> run(@PathVariable String name) {
        jobs.runNow(name);
        String notice = name + " is queued: one node of the cluster runs it within seconds; its run appears in the history below.";
        return Console.seeOther("/jobs?notice=" + URLEncoder.encode(notice, StandardCharsets.UTF_8));
    }

    @PostMapping("/jobs/retrain")
    ResponseEntity<String> retrain(HttpServletRequest request, @RequestParam(defaultValue = Division.DEFAULT_CODE) String division,
                                   @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean force) {
        try {
            BackgroundWork.Status status = work.submit(new WorkRequest.Retraining(division, reason, force));
            return Console.seeOther("/jobs/work/" + status.id());
        } catch (Refusal e) {
            FormErrors errors = FormErrors.of(e);
            boolean onReason = errors.invalid("reason");
            return page(request, RefusalStatus.of(e), division, onReason ? null : Notice.refused(e.getMessage()),
                    onReason ? errors.text("reason") : null, reason, force);
        }
    }

    @GetMapping("/jobs/work/{id}")
    ResponseEntity<String> following(HttpServletRequest request, @PathVariable String id) {
        return workPages.page(request, id, Section.JOBS);
    }
}
