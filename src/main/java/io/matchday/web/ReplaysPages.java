package io.matchday.web;

import io.matchday.api.ApiProblem;
import io.matchday.api.BackgroundWork;
import io.matchday.api.ConsoleQueries;
import io.matchday.api.WorkRequest;
import io.matchday.models.ModelZoo;
import io.matchday.simulation.SimulationReport;
import io.matchday.simulation.WeekResult;
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

/** Season replays: start one, watch it week by week, read its report (RPS against the market, bankroll, retraining). */
@Controller
class ReplaysPages {

    private final Console console;
    private final BackgroundWork work;
    private final ConsoleQueries queries;

    ReplaysPages(Console console, BackgroundWork work, ConsoleQueries queries) {
        this.console = console;
        this.work = work;
        this.queries = queries;
    }

    @GetMapping("/replays")
    ResponseEntity<String> list(HttpServletRequest request) {
        return page(request, HttpStatus.OK, Views.ReplayForm.defaults(queries.divisions()));
    }

    private ResponseEntity<String> page(HttpServletRequest request, HttpStatus status, Views.ReplayForm form) {
        Map<String, Object> p = new HashMap<>();
        p.put("replays", work.recent(Optional.of(BackgroundWork.Kind.REPLAY), 20));
        p.put("form", form);
        p.put("models", ModelZoo.names());
        return console.render(status, "pages/replays.jte", console.page(request, "Replays", Section.REPLAYS), p);
    }

    @PostMapping("/replays")
    ResponseEntity<String> start(HttpServletRequest request, @RequestParam(defaultValue = "E0") String division,
                                 @RequestParam(defaultValue = "") String seasons, @RequestParam(defaultValue = "") String to,
                                 @RequestParam(defaultValue = "dixon-coles") String model,
                                 @RequestParam(defaultValue = "weekly") String retrain,
                                 @RequestParam(defaultValue = "value") String strategy,
                                 @RequestParam(defaultValue = "flat:1") String stake) {
        Views.ReplayForm form = new Views.ReplayForm(division, seasons, to, model, retrain, strategy, stake, Map.of(),
                queries.divisions());
        try {
            BackgroundWork.Status status = work.submit(new WorkRequest.Replay(division, seasons, to, model, retrain, strategy, stake,
                    null, null, null));
            return Console.seeOther("/replays/" + status.id());
        } catch (ApiProblem e) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, form.withErrors(Console.fieldErrors(e)));
        }
    }

    @GetMapping("/replays/{id}")
    ResponseEntity<String> replay(HttpServletRequest request, @PathVariable String id) {
        BackgroundWork.Status status = work.status(id).filter(s -> s.kind() == BackgroundWork.Kind.REPLAY)
                .orElseThrow(() -> ApiProblem.notFound("unknown-simulation", "Unknown replay", "no replay " + id));
        SimulationReport report = work.result(id).filter(SimulationReport.class::isInstance).map(SimulationReport.class::cast)
                .orElse(null);
        Map<String, Object> p = new HashMap<>();
        p.put("work", status);
        p.put("report", report);
        p.put("csrf", console.page(request, "", Section.NONE).csrfToken());
        p.put("admin", Console.signedIn());
        p.put("rpsChart", report == null ? null : rpsChart(report));
        p.put("bankrollChart", report == null ? null : bankrollChart(report));
        p.put("retrained", report == null ? List.of() : report.weeks().stream().filter(WeekResult::retrained)
                .map(w -> w.weekStart().toString()).toList());
        return console.render("pages/replay.jte", console.page(request, "Replay " + status.title(), Section.REPLAYS).withCharts(), p);
    }

    private static String rpsChart(SimulationReport report) {
        List<String> labels = new ArrayList<>();
        List<Double> model = new ArrayList<>();
        List<Double> market = new ArrayList<>();
        for (WeekResult w : report.weeks()) {
            labels.add(w.weekStart().toString() + (w.retrained() ? " ⟳" : ""));
            model.add(w.cumulativeRps());
            market.add(w.cumulativeMarketRps());
        }
        return Charts.line("week (⟳ retrained)", "cumulative RPS", labels,
                List.of(Charts.Series.of(report.model(), model), Charts.Series.of("closing market", market)));
    }

    private static String bankrollChart(SimulationReport report) {
        return Charts.line("week", "bankroll", report.weeks().stream().map(w -> w.weekStart().toString()).toList(),
                List.of(Charts.Series.of("bankroll", report.weeks().stream().map(WeekResult::bankroll).toList())));
    }
}
