package io.matchday.http;

import io.matchday.InvalidInputException;
import io.matchday.data.Division;
import io.matchday.jobs.JobRun;
import io.matchday.jobs.JobScheduler;
import io.matchday.jobs.RetrainingRun;
import io.matchday.jobs.Trigger;
import io.matchday.monitoring.Alert;
import io.matchday.monitoring.MonitoringResult;
import io.matchday.reports.Reports;
import io.matchday.serving.JobBoard;
import io.matchday.serving.MonitoringViews;
import io.matchday.serving.RetrainingViews;
import io.matchday.work.BackgroundWork;
import io.matchday.work.WorkRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Jobs, retraining, monitoring and alerts. Triggers need the admin key. */
@RestController
@Tag(name = "operations", description = "Scheduled jobs, automated retraining, monitoring and alerts")
record OperationsController(JobBoard board, RetrainingViews retraining, MonitoringViews monitoring,
                            BackgroundWork work, Reports reports) {

    @GetMapping(path = "/api/v1/jobs", produces = "application/json")
    @Operation(summary = "Every recurring job: cron, next run, whether it runs now and where, its last run")
    List<JobScheduler.JobStatus> jobs() {
        return board.jobs();
    }

    @GetMapping(path = "/api/v1/jobs/history", produces = "application/json")
    @Operation(summary = "Job executions, newest first: node, trigger, start, end, status, message")
    List<JobRun> history(@RequestParam(required = false) String job, @RequestParam(defaultValue = "50") int limit) {
        return board.history(Optional.ofNullable(job), Math.max(1, Math.min(limit, 1000)));
    }

    @PostMapping(path = "/api/v1/jobs/{name}/run", produces = "application/json")
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Run a job as soon as possible, on exactly one node of the cluster (202)")
    ResponseEntity<Map<String, String>> run(@PathVariable String name) {
        String instance = board.runNow(name);
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/history?job=" + name))
                .body(Map.of("job", name, "execution", instance, "status", "QUEUED"));
    }

    @Schema(description = "A retraining request: why, and whether to skip the triggers")
    record RetrainingRequest(@Schema(example = "new season data") String reason, Boolean force,
                             @Schema(example = "E0") String division) {
    }

    record RetrainingStatus(String model, RetrainingRun running, RetrainingRun last, List<Trigger> triggers) {
    }

    @GetMapping(path = "/api/v1/retraining/status", produces = "application/json")
    @Operation(summary = "The running retraining (if any), the last one, and every trigger as it stands now")
    RetrainingStatus status(@RequestParam(defaultValue = Division.DEFAULT_CODE) String division) {
        RetrainingViews.Retraining r = retraining.status(division);
        return new RetrainingStatus(r.model(), r.running(), r.last(), retraining.triggers(division));
    }

    @GetMapping(path = "/api/v1/retraining/history", produces = "application/json")
    @Operation(summary = "Retraining runs, newest first: triggers, candidate, the gate's decision or the failure")
    List<RetrainingRun> retrainingHistory(@RequestParam(defaultValue = Division.DEFAULT_CODE) String division,
                                          @RequestParam(defaultValue = "50") int limit) {
        return retraining.history(division, Math.max(1, Math.min(limit, 1000)));
    }

    @PostMapping(path = "/api/v1/retraining/trigger", consumes = "application/json", produces = "application/json")
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Start a retraining: with force, now; otherwise only if a trigger fires. 409 while one runs")
    ResponseEntity<Map<String, Object>> trigger(@RequestBody RetrainingRequest request) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw InvalidInputException.of("/reason", "is required (it is kept in the history)");
        }
        String division = request.division() == null ? Division.DEFAULT_CODE : request.division();
        if (retraining.cause(division, request.reason(), Boolean.TRUE.equals(request.force())).isEmpty()) {
            return ResponseEntity.ok(Map.of("started", false, "reason", "no trigger fired; send force=true to retrain anyway"));
        }
        BackgroundWork.Status started = work.submit(new WorkRequest.Retraining(division, request.reason(), request.force()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/retraining/history"))
                .body(Map.of("started", true, "id", started.runId() == null ? started.id() : started.runId(),
                        "model", retraining.status(division).model(), "work", started.id()));
    }

    @GetMapping(path = "/api/v1/alerts", produces = "application/json")
    @Operation(summary = "Alerts raised by monitoring, newest first")
    List<Alert> alerts(@RequestParam(defaultValue = "50") int limit) {
        return monitoring.alerts(Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping(path = "/api/v1/monitoring", produces = "application/json")
    @Operation(summary = "The latest monitoring run of a model: per-feature drift, rolling performance vs the market, data quality")
    MonitoringResult latest(@RequestParam(defaultValue = "e0-outcome") String model) {
        return monitoring.latest(model);
    }

    @GetMapping(path = "/api/v1/monitoring/report", produces = "text/html")
    @Operation(summary = "The latest monitoring run of a model as a self-contained HTML page with charts")
    String report(@RequestParam(defaultValue = "e0-outcome") String model) {
        return reports.monitoring(monitoring.latest(model));
    }
}
