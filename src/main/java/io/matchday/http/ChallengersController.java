package io.matchday.http;

import io.matchday.serving.ChallengerViews;
import io.matchday.serving.ModelAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Challengers shadowing their champions on live traffic, and how they fare; changes need the X-API-Key header. */
@RestController
@Tag(name = "challengers", description = "Shadow challengers and their anytime-valid comparison with the champion")
record ChallengersController(ChallengerViews challengers) {

    @Schema(description = "A version to shadow its model's champion")
    record Challenge(@Schema(example = "e0-outcome") String name, @Schema(example = "3") Integer version,
                     @Schema(example = "gbm looks better in the backtest") String reason) {
    }

    record Reason(@Schema(example = "live comparison says promote") String reason) {
    }

    @GetMapping(path = "/api/v1/challengers", produces = "application/json")
    @Operation(summary = "Every challenger: shadow forecasts, settled pairs, mean paired RPS difference (challenger − champion) "
            + "with its 95 % confidence sequence, e-value and decision (collecting, promote, keep champion)")
    List<Map<String, Object>> list() {
        return challengers.list().stream().map(ChallengersController::json).toList();
    }

    @GetMapping(path = "/api/v1/challengers/{name}/{version}", produces = "application/json")
    @Operation(summary = "One challenger, with the comparison after each settled match")
    Map<String, Object> show(@PathVariable String name, @PathVariable int version) {
        ChallengerViews.Track track = challengers.track(name, version);
        Map<String, Object> answer = json(track.challenger());
        answer.put("steps", track.steps().stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("date", s.date());
            step.put("settled", s.settled());
            step.put("mean_rps_difference", s.meanRpsDifference());
            step.put("sequence", List.of(s.low(), s.high()));
            step.put("e_value", s.eValue());
            return step;
        }).toList());
        return answer;
    }

    @PostMapping(path = "/api/v1/admin/challengers", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Make a version a challenger of its model's champion")
    @SecurityRequirement(name = "apiKey")
    ResponseEntity<Map<String, Object>> add(@RequestBody Challenge request) {
        new Required().text("/name", request.name()).version(request.version()).reason(request.reason()).check();
        ChallengerViews.Challenger added = challengers.add(request.name(), request.version(), request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(json(added));
    }

    @DeleteMapping(path = "/api/v1/admin/challengers/{name}/{version}")
    @Operation(summary = "End a challenger's shadowing (its forecasts stay in the ledger)")
    @SecurityRequirement(name = "apiKey")
    ResponseEntity<Void> remove(@PathVariable String name, @PathVariable int version,
                                @RequestParam(defaultValue = "removed through the API") String reason) {
        challengers.remove(name, version, reason);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/admin/challengers/{name}/{version}/promote", consumes = "application/json",
            produces = "application/json")
    @Operation(summary = "Promote a challenger through the promotion gate, its live comparison kept in the audit "
            + "(409 when the live comparison has not decided promote, or the gate refuses)")
    @SecurityRequirement(name = "apiKey")
    Map<String, Object> promote(@PathVariable String name, @PathVariable int version, @RequestBody Reason request) {
        new Required().reason(request.reason()).check();
        ModelAdmin.Promotion promotion = challengers.promote(name, version, request.reason());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("model", name);
        answer.put("champion", version);
        answer.put("gate", promotion.gate());
        return answer;
    }

    /** The challenger in the field names the CLI's JSON uses too. */
    static Map<String, Object> json(ChallengerViews.Challenger c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("champion_version", c.championVersion());
        m.put("champion_trainer", c.championTrainer());
        m.put("challenger_version", c.challengerVersion());
        m.put("trainer", c.trainer());
        m.put("since", c.since());
        m.put("reason", c.reason());
        m.put("forecasts", c.forecasts());
        m.put("settled", c.settled());
        m.put("mean_rps_difference", c.meanRpsDifference());
        m.put("sequence", c.low() == null ? null : List.of(c.low(), c.high()));
        m.put("e_value", c.eValue());
        m.put("decision", c.decision());
        m.put("mean_log_loss_difference", c.meanLogLossDifference());
        m.put("mean_brier_difference", c.meanBrierDifference());
        m.put("diebold_mariano", c.dieboldMarianoLow() == null ? null : List.of(c.dieboldMarianoLow(), c.dieboldMarianoHigh()));
        m.put("block_bootstrap", c.bootstrapLow() == null ? null : List.of(c.bootstrapLow(), c.bootstrapHigh()));
        return m;
    }
}
