package io.matchday.web.runs;

import io.matchday.Refusal;
import io.matchday.data.Division;
import io.matchday.models.ModelZoo;
import io.matchday.reports.Fmt;
import io.matchday.serving.Catalog;
import io.matchday.serving.RunViews;
import io.matchday.web.Console;
import io.matchday.web.FormErrors;
import io.matchday.web.Section;
import io.matchday.web.work.WorkPages;
import io.matchday.work.BackgroundWork;
import io.matchday.work.WorkRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Tracked runs: the list with filters, one run with its weekly metrics and artifacts, comparisons, and starting a backtest. */
@Controller
record RunsPages(Console console, RunViews runs, Catalog catalog, BackgroundWork work, WorkPages workPages) {

    private static final int LISTED = 200;
    /** A report artifact is a self-contained page with its own scripts: shown in a sandbox, an origin of its own. */
    private static final String REPORT_POLICY = "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; "
            + "style-src 'unsafe-inline'; img-src data:";


    @GetMapping("/runs")
    ResponseEntity<String> list(HttpServletRequest request, @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String division) {
        RunViews.RunList list = runs.list(kind, division, LISTED);
        return console.render(new RunsPage(console.page(request, "Runs", Section.RUNS), list.rows(), list.total(), list.kinds(),
                list.divisions(), kind == null ? "" : kind, division == null ? "" : division,
                BacktestForm.defaults(catalog.preferredDivision(), catalog.divisions()), ModelZoo.names(),
                work.recent(Optional.of(BackgroundWork.Kind.BACKTEST), 5)));
    }

    @GetMapping("/runs/{id}")
    ResponseEntity<String> run(HttpServletRequest request, @PathVariable String id) {
        RunViews.RunDetail run = runs.run(id);
        boolean weekly = !run.weekly().isEmpty();
        return console.render(new RunPage(console.page(request, "Run " + Fmt.shortId(id), Section.RUNS).withCharts(), run.run(),
                run.finals(), run.artifacts(), weekly ? RunCharts.weekly(run.weekly()) : null,
                weekly ? RunCharts.cumulative(run.run(), run.weekly()) : null));
    }

    @GetMapping("/runs/{id}/artifacts/{name}")
    ResponseEntity<byte[]> artifact(@PathVariable String id, @PathVariable String name) {
        RunViews.Artifact artifact = runs.artifact(id, name);
        boolean page = artifact.mediaType().startsWith("text/html");
        var response = ResponseEntity.ok().contentType(MediaType.parseMediaType(artifact.mediaType()))
                .header("Content-Disposition", (page ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(name).build().toString());
        if (page) {
            response.header("Content-Security-Policy", REPORT_POLICY);
        }
        return response.body(artifact.content());
    }

    @GetMapping("/runs/compare")
    ResponseEntity<String> compare(HttpServletRequest request, @RequestParam(name = "run", required = false) List<String> ids) {
        var result = runs.compare(ids);
        return console.render(new ComparePage(console.page(request, "Compare runs", Section.RUNS).withCharts(), result,
                RunCharts.compared(result, ids.get(0))));
    }

    @PostMapping("/runs/backtest")
    ResponseEntity<String> backtest(HttpServletRequest request, @RequestParam(defaultValue = Division.DEFAULT_CODE) String division,
                                    @RequestParam(name = "model", required = false) List<String> models,
                                    @RequestParam(defaultValue = "") String seasons, @RequestParam(defaultValue = "market") String benchmark) {
        BacktestForm form = new BacktestForm(division, models == null ? List.of() : models, seasons, benchmark, FormErrors.NONE,
                catalog.divisions());
        if (form.models().isEmpty()) {
            return refused(request, form.withErrors(FormErrors.NONE.with("models", "tick one model or more")));
        }
        try {
            BackgroundWork.Status status = work.submit(new WorkRequest.Backtest(division, String.join(",", form.models()),
                    seasons, benchmark));
            return Console.seeOther("/runs/work/" + status.id());
        } catch (Refusal e) {
            return refused(request, form.withErrors(FormErrors.of(e)));
        }
    }

    private ResponseEntity<String> refused(HttpServletRequest request, BacktestForm form) {
        return console.render(HttpStatus.UNPROCESSABLE_ENTITY, new BacktestPage(console.page(request, "Start a backtest",
                Section.RUNS), form, ModelZoo.names()));
    }

    @GetMapping("/runs/work/{id}")
    ResponseEntity<String> following(HttpServletRequest request, @PathVariable String id) {
        return workPages.page(request, id, Section.RUNS);
    }
}
