package io.matchday.web.replays;

import io.matchday.NotFoundException;
import io.matchday.Refusal;
import io.matchday.data.Division;
import io.matchday.models.ModelZoo;
import io.matchday.reports.Charts;
import io.matchday.serving.Catalog;
import io.matchday.simulation.SimulationConfig;
import io.matchday.simulation.SimulationReport;
import io.matchday.simulation.WeekResult;
import io.matchday.web.Console;
import io.matchday.web.FormErrors;
import io.matchday.web.Section;
import io.matchday.web.work.WorkPages;
import io.matchday.work.BackgroundWork;
import io.matchday.work.WorkRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
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
record ReplaysPages(Console console, BackgroundWork work, Catalog catalog, WorkPages workPages) {

    @GetMapping("/replays")
    ResponseEntity<String> list(HttpServletRequest request) {
        return page(request, HttpStatus.OK, ReplayForm.defaults(catalog.preferredDivision(), catalog.divisions()));
    }

    private ResponseEntity<String> page(HttpServletRequest request, HttpStatus status, ReplayForm form) {
        return console.render(status, new ReplaysPage(console.page(request, "Replays", Section.REPLAYS),
                work.recent(Optional.of(BackgroundWork.Kind.REPLAY), 20), form, ModelZoo.names()));
    }

    @PostMapping("/replays")
    ResponseEntity<String> start(HttpServletRequest request, @RequestParam(defaultValue = Division.DEFAULT_CODE) String division,
                                 @RequestParam(defaultValue = "") String seasons, @RequestParam(defaultValue = "") String to,
                                 @RequestParam(defaultValue = SimulationConfig.DEFAULT_MODEL) String model,
                                 @RequestParam(defaultValue = SimulationConfig.DEFAULT_RETRAIN) String retrain,
                                 @RequestParam(defaultValue = SimulationConfig.DEFAULT_STRATEGY) String strategy,
                                 @RequestParam(defaultValue = SimulationConfig.DEFAULT_STAKE) String stake) {
        ReplayForm form = new ReplayForm(division, seasons, to, model, retrain, strategy, stake, FormErrors.NONE,
                catalog.divisions());
        try {
            BackgroundWork.Status status = work.submit(new WorkRequest.Replay(division, seasons, to, model, retrain, strategy, stake,
                    null, null, null));
            return Console.seeOther("/replays/" + status.id());
        } catch (Refusal e) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, form.withErrors(FormErrors.of(e)));
        }
    }

    @GetMapping("/replays/{id}")
    ResponseEntity<String> replay(HttpServletRequest request, @PathVariable String id) {
        BackgroundWork.Status status = work.status(id).filter(s -> s.kind() == BackgroundWork.Kind.REPLAY)
                .orElseThrow(() -> new NotFoundException("unknown-simulation", "Unknown replay", "no replay " + id));
        SimulationReport report = work.result(id).filter(SimulationReport.class::isInstance).map(SimulationReport.class::cast)
                .orElse(null);
        return console.render(new ReplayPage(console.page(request, "Replay " + status.title(), Section.REPLAYS).withCharts(),
                workPages.progress(request, status), report, report == null ? null : rpsChart(report),
                report == null ? null : bankrollChart(report), report == null ? List.of() : report.weeks().stream()
                        .filter(WeekResult::retrained).map(w -> w.weekStart().toString()).toList()));
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
