package io.matchday.http;

import io.matchday.ConflictException;
import io.matchday.NotFoundException;
import io.matchday.reports.Reports;
import io.matchday.simulation.SimulationReport;
import io.matchday.work.BackgroundWork;
import io.matchday.work.WorkRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Season replays as background work: start one, follow its progress, download its report when it ends. */
@RestController
@Tag(name = "simulations", description = "Season replays with betting, run in the background")
record SimulationsController(BackgroundWork work, Reports reports) {

    record SimulationStatus(String id, String status, int weeksDone, int weeks, Instant startedAt, Instant endedAt,
                            String error, Map<String, Object> summary) {
    }


    @PostMapping(path = "/api/v1/simulations", consumes = "application/json", produces = "application/json")
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Start a season replay (202); follow it at the Location, download its report when it ends")
    ResponseEntity<SimulationStatus> start(@RequestBody WorkRequest.Replay request) {
        BackgroundWork.Status status = work.submit(request);
        return ResponseEntity.accepted().location(URI.create("/api/v1/simulations/" + status.id())).body(view(status));
    }

    @GetMapping(path = "/api/v1/simulations", produces = "application/json")
    @Operation(summary = "Recent replays")
    List<SimulationStatus> list() {
        return work.recent(Optional.of(BackgroundWork.Kind.REPLAY), 50).stream().map(SimulationsController::view).toList();
    }

    @GetMapping(path = "/api/v1/simulations/{id}", produces = "application/json")
    @Operation(summary = "A replay's progress (weeks done of weeks) and, when it ends, its headline numbers")
    SimulationStatus get(@PathVariable String id) {
        return view(find(id));
    }

    @GetMapping(path = "/api/v1/simulations/{id}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The finished replay's self-contained HTML report")
    String html(@PathVariable String id) {
        return reports.simulation(finished(id));
    }

    @GetMapping(path = "/api/v1/simulations/{id}/report.json", produces = "application/json")
    @Operation(summary = "The finished replay as JSON (as `matchday simulate --json` writes it)")
    SimulationReport report(@PathVariable String id) {
        return finished(id);
    }

    private SimulationReport finished(String id) {
        BackgroundWork.Status status = find(id);
        return work.result(id).filter(SimulationReport.class::isInstance).map(SimulationReport.class::cast)
                .orElseThrow(() -> new ConflictException("not-finished", "Not finished",
                        "replay " + id + " is " + status.state() + (status.error() == null ? "" : ": " + status.error())));
    }

    private BackgroundWork.Status find(String id) {
        return work.status(id).filter(s -> s.kind() == BackgroundWork.Kind.REPLAY)
                .orElseThrow(() -> new NotFoundException("unknown-simulation", "Unknown simulation", "no replay " + id));
    }

    private static SimulationStatus view(BackgroundWork.Status s) {
        return new SimulationStatus(s.id(), s.state().name(), s.done(), s.total(), s.startedAt(), s.endedAt(), s.error(),
                s.summary());
    }
}
