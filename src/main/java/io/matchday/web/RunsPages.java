package io.matchday.web;

import io.matchday.api.ApiProblem;
import io.matchday.api.BackgroundWork;
import io.matchday.api.ConsoleQueries;
import io.matchday.api.WorkRequest;
import io.matchday.models.ModelZoo;
import io.matchday.registry.Run;
import io.matchday.registry.RunArtifact;
import io.matchday.registry.RunComparison;
import io.matchday.registry.RunMetric;
import io.matchday.registry.RunTracker;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
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
class RunsPages {

    private static final int LISTED = 200;

    private final Console console;
    private final RunTracker runs;
    private final BackgroundWork work;
    private final ConsoleQueries queries;
    private final WorkPages workPages;

    RunsPages(Console console, RunTracker runs, BackgroundWork work, ConsoleQueries queries, WorkPages workPages) {
        this.console = console;
        this.runs = runs;
        this.work = work;
        this.queries = queries;
        this.workPages = workPages;
    }

    @GetMapping("/runs")
    ResponseEntity<String> list(HttpServletRequest request, @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String division) {
        List<Run> all = runs.list();
        List<Run> shown = all.stream().filter(r -> kind == null || kind.isBlank() || kind.equals(r.kind()))
                .filter(r -> division == null || division.isBlank() || division.equals(r.division())).limit(LISTED).toList();
        Map<String, Map<String, Double>> metrics = runs.finalMetrics(shown.stream().map(Run::id).toList());
        List<Views.RunRow> rows = shown.stream().map(r -> new Views.RunRow(r, headline(r, metrics.getOrDefault(r.id(), Map.of()))))
                .toList();
        Map<String, Object> p = new HashMap<>();
        p.put("rows", rows);
        p.put("total", all.size());
        p.put("kinds", all.stream().map(Run::kind).distinct().sorted().toList());
        p.put("divisions", all.stream().map(Run::division).filter(java.util.Objects::nonNull).distinct().sorted().toList());
        p.put("kind", kind == null ? "" : kind);
        p.put("division", division == null ? "" : division);
        p.put("form", Views.BacktestForm.defaults(queries.divisions()));
        p.put("models", ModelZoo.names());
        p.put("running", work.recent(Optional.of(BackgroundWork.Kind.BACKTEST), 5));
        return console.render("pages/runs.jte", console.page(request, "Runs", Section.RUNS), p);
    }

    /** The numbers a run is known by: a training's validation, a backtest's best model and the benchmark. */
    static String headline(Run run, Map<String, Double> m) {
        if (m.containsKey("validation.rps")) {
            Double delta = m.get("validation.delta_rps_vs_market");
            return "validation RPS " + Fmt.rps(m.get("validation.rps")) + (delta == null ? "" : ", ΔRPS " + Fmt.delta(delta));
        }
        String best = null;
        double bestRps = Double.MAX_VALUE;
        for (var e : m.entrySet()) {
            if (e.getKey().endsWith(".rps") && e.getValue() < bestRps) {
                bestRps = e.getValue();
                best = e.getKey().substring(0, e.getKey().length() - 4);
            }
        }
        if (best == null) {
            return "";
        }
        Double n = m.get("matches");
        return "best " + best + " RPS " + Fmt.rps(bestRps) + (n == null ? "" : " on " + n.intValue() + " matches");
    }

    @GetMapping("/runs/{id}")
    ResponseEntity<String> run(HttpServletRequest request, @PathVariable String id) {
        Run run = runs.find(id).orElseThrow(() -> ApiProblem.notFound("unknown-run", "Unknown run", "no run " + id));
        List<RunMetric> metrics = runs.metrics(id);
        Map<String, Double> finals = new TreeMap<>();
        Map<String, TreeMap<Integer, RunMetric>> weekly = new TreeMap<>();
        for (RunMetric m : metrics) {
            if (m.step() == RunMetric.FINAL) {
                finals.put(m.name(), m.value());
            } else {
                weekly.computeIfAbsent(m.name(), k -> new TreeMap<>()).put(m.step(), m);
            }
        }
        Map<String, Object> p = new HashMap<>();
        p.put("run", run);
        p.put("finals", finals);
        p.put("artifacts", runs.artifacts(id));
        p.put("chart", weekly.isEmpty() ? null : weeklyChart(weekly));
        p.put("cumulative", weekly.isEmpty() ? null : cumulativeChart(run, weekly));
        return console.render("pages/run.jte", console.page(request, "Run " + Fmt.shortId(id), Section.RUNS).withCharts(), p);
    }

    private static String weeklyChart(Map<String, TreeMap<Integer, RunMetric>> weekly) {
        TreeSet<Integer> steps = new TreeSet<>();
        weekly.values().forEach(w -> steps.addAll(w.keySet()));
        Map<Integer, String> labels = new TreeMap<>();
        weekly.values().forEach(w -> w.values().forEach(m -> labels.putIfAbsent(m.step(), m.label())));
        List<Charts.Series> series = new ArrayList<>();
        weekly.forEach((name, w) -> series.add(Charts.Series.of(name.replace(".rps", ""),
                steps.stream().map(s -> w.containsKey(s) ? w.get(s).value() : null).toList())));
        return Charts.line("week", "mean RPS of the week", steps.stream().map(s -> String.valueOf(labels.get(s))).toList(), series);
    }

    /** Each model's cumulative RPS minus the benchmark's, week by week (weekly means weighted alike). */
    private static String cumulativeChart(Run run, Map<String, TreeMap<Integer, RunMetric>> weekly) {
        Object benchmark = run.parameters().getOrDefault("benchmark", ModelZoo.MARKET);
        TreeMap<Integer, RunMetric> base = weekly.get(benchmark + ".rps");
        if (base == null) {
            return null;
        }
        List<String> labels = base.values().stream().map(RunMetric::label).toList();
        List<Charts.Series> series = new ArrayList<>();
        weekly.forEach((name, w) -> {
            if (name.equals(benchmark + ".rps")) {
                return;
            }
            List<Double> data = new ArrayList<>();
            double sum = 0;
            for (var step : base.keySet()) {
                RunMetric m = w.get(step);
                sum += m == null ? 0 : m.value() - base.get(step).value();
                data.add(sum);
            }
            series.add(Charts.Series.of(name.replace(".rps", ""), data));
        });
        return Charts.line("week", "cumulative ΔRPS vs " + benchmark + " (weekly means)", labels, series);
    }

    @GetMapping("/runs/{id}/artifacts/{name}")
    ResponseEntity<byte[]> artifact(@PathVariable String id, @PathVariable String name) {
        RunArtifact artifact = runs.artifacts(id).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("unknown-artifact", "Unknown artifact", "run " + id + " has no artifact " + name));
        byte[] content = runs.artifact(artifact);
        boolean page = artifact.mediaType().startsWith("text/html");
        var response = ResponseEntity.ok().contentType(MediaType.parseMediaType(artifact.mediaType()))
                .header("Content-Disposition", (page ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(name).build().toString());
        if (page) {
            // A report is a self-contained page with its own scripts: shown in a sandbox, an origin of its own.
            response.header("Content-Security-Policy", "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; "
                    + "style-src 'unsafe-inline'; img-src data:");
        }
        return response.body(content);
    }

    @GetMapping("/runs/compare")
    ResponseEntity<String> compare(HttpServletRequest request, @RequestParam(name = "run", required = false) List<String> ids) {
        if (ids == null || ids.size() < 2) {
            throw ApiProblem.invalid("/run", "tick two runs or more on the Runs page to compare them");
        }
        RunComparison.Result result = new RunComparison(runs).compare(ids);
        List<String> chartLabels = new ArrayList<>();
        List<Charts.Series> series = new ArrayList<>();
        Optional<RunComparison.Paired> longest = result.paired().stream().max(java.util.Comparator.comparingInt(RunComparison.Paired::shared));
        if (longest.isPresent()) {
            chartLabels.addAll(longest.get().dates());
            for (RunComparison.Paired d : result.paired()) {
                List<Double> data = new ArrayList<>();
                for (double v : d.cumulative()) {
                    data.add(v);
                }
                series.add(Charts.Series.of(d.model() + " (" + Fmt.shortId(d.run()) + " − " + Fmt.shortId(ids.get(0)) + ")", data));
            }
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("result", result);
        p.put("chart", series.isEmpty() ? null : Charts.line("match (date order)", "cumulative RPS difference", chartLabels, series));
        return console.render("pages/compare.jte", console.page(request, "Compare runs", Section.RUNS).withCharts(), p);
    }

    @PostMapping("/runs/backtest")
    ResponseEntity<String> backtest(HttpServletRequest request, @RequestParam(defaultValue = "E0") String division,
                                    @RequestParam(name = "model", required = false) List<String> models,
                                    @RequestParam(defaultValue = "") String seasons, @RequestParam(defaultValue = "market") String benchmark) {
        Views.BacktestForm form = new Views.BacktestForm(division, models == null ? List.of() : models, seasons, benchmark,
                Map.of(), queries.divisions());
        try {
            if (models == null || models.isEmpty()) {
                throw ApiProblem.invalid("/models", "tick one model or more");
            }
            BackgroundWork.Status status = work.submit(new WorkRequest.Backtest(division, String.join(",", models), seasons, benchmark));
            return Console.seeOther("/runs/work/" + status.id());
        } catch (ApiProblem e) {
            Map<String, Object> p = new HashMap<>();
            p.put("form", form.withErrors(Console.fieldErrors(e)));
            p.put("models", ModelZoo.names());
            return console.render(HttpStatus.UNPROCESSABLE_ENTITY, "pages/backtest.jte",
                    console.page(request, "Start a backtest", Section.RUNS), p);
        }
    }

    @GetMapping("/runs/work/{id}")
    ResponseEntity<String> following(HttpServletRequest request, @PathVariable String id) {
        return workPages.page(request, id, Section.RUNS);
    }
}
