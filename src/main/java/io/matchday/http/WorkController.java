package io.matchday.http;

import io.matchday.ConflictException;
import io.matchday.NotFoundException;
import io.matchday.work.BackgroundWork;
import io.matchday.work.WorkRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Background work of every kind: start (admin), follow, read the result, cancel (admin). */
@RestController
@Tag(name = "work", description = "Backtests, ingests, replays and retraining run in the background")
record WorkController(BackgroundWork work) {

    @PostMapping(path = "/api/v1/admin/work/backtest", consumes = "application/json", produces = "application/json")
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Start a walk-forward backtest (202); it becomes a tracked run")
    ResponseEntity<BackgroundWork.Status> backtest(@RequestBody WorkRequest.Backtest request) {
        return accepted(work.submit(request));
    }

    @PostMapping(path = "/api/v1/admin/work/ingest", consumes = "application/json", produces = "application/json")
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Start an ingest of divisions and seasons (202)")
    ResponseEntity<BackgroundWork.Status> ingest(@RequestBody WorkRequest.Ingest request) {
        return accepted(work.submit(request));
    }

    @PostMapping(path = "/api/v1/admin/work/replay", consumes = "application/json", produces = "application/json")
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Start a season replay (202); the same as POST /api/v1/simulations")
    ResponseEntity<BackgroundWork.Status> replay(@RequestBody WorkRequest.Replay request) {
        return accepted(work.submit(request));
    }

    @GetMapping(path = "/api/v1/work", produces = "application/json")
    @Operation(summary = "Recent background work, newest first; kind = replay, backtest, ingest or retraining")
    List<BackgroundWork.Status> recent(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "50") int limit) {
        return work.recent(Optional.ofNullable(kind).map(BackgroundWork.Kind::of), Math.max(1, Math.min(limit, 500)));
    }

    @GetMapping(path = "/api/v1/work/{id}", produces = "application/json")
    @Operation(summary = "One piece of work: state, progress (done of total), headline numbers once ended")
    BackgroundWork.Status status(@PathVariable String id) {
        return find(id);
    }

    @GetMapping(path = "/api/v1/work/{id}/result", produces = "application/json")
    @Operation(summary = "What finished work produced (a replay's report, a backtest's leaderboard, an ingest's files)")
    Object result(@PathVariable String id) {
        BackgroundWork.Status status = find(id);
        return work.result(id).orElseThrow(() -> new ConflictException("not-finished", "Not finished",
                status.kind().label() + " " + id + " is " + status.state()));
    }

    @DeleteMapping(path = "/api/v1/admin/work/{id}", produces = "application/json")
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Cancel queued or running work at its next step")
    Map<String, Object> cancel(@PathVariable String id) {
        return Map.of("id", id, "cancelled", work.cancel(id));
    }

    private BackgroundWork.Status find(String id) {
        return work.status(id).orElseThrow(() -> new NotFoundException("unknown-work", "Unknown work",
                "no background work " + id));
    }

    private static ResponseEntity<BackgroundWork.Status> accepted(BackgroundWork.Status status) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/work/" + status.id())).body(status);
    }
}
