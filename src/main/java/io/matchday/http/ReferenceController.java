package io.matchday.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.matchday.NotFoundException;
import io.matchday.data.Division;
import io.matchday.serving.Catalog;
import io.matchday.serving.CatalogViews;
import io.matchday.serving.RetrainingViews;
import io.matchday.work.BackgroundWork;
import io.matchday.work.WorkRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference system's documented API at its own paths and in its own shapes (its {@code POST /predict}
 * is in {@link ForecastController}), answered by Matchday's E0 champion: a client written for it works
 * unchanged. Its retraining trigger needs the admin key, as every Matchday action does.
 */
@RestController
@Tag(name = "compatibility", description = "The reference system's API, unchanged for its clients")
record ReferenceController(Catalog catalog, RetrainingViews retraining, BackgroundWork work) {

    private static final String DIVISION = Division.DEFAULT_CODE;


    record Health(String status, @JsonProperty("model_loaded") boolean modelLoaded) {
    }

    @GetMapping(path = "/health", produces = "application/json")
    @Operation(summary = "The reference system's health: healthy while a model is loaded (503 otherwise)")
    ResponseEntity<Health> health() {
        boolean loaded = !catalog.health().models().isEmpty();
        return ResponseEntity.status(loaded ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(new Health(loaded ? "healthy" : "unhealthy", loaded));
    }

    @GetMapping(path = "/model/info", produces = "application/json")
    @Operation(summary = "The reference system's model information: the E0 champion, its training and validation, "
            + "and under with_prices the champion that answers requests with prices")
    Map<String, Object> modelInfo() {
        String model = catalog.modelName(DIVISION);
        CatalogViews.Champion c = catalog.champion(model).orElseThrow(() -> new NotFoundException("unknown-model", "No champion",
                "model " + model + " has no champion yet"));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("model_name", c.model());
        info.put("model_version", c.model() + ":" + c.version());
        info.put("model_type", c.trainer());
        info.put("trained_from", c.trainedFrom());
        info.put("trained_through", c.trainedThrough());
        info.put("training_matches", c.matches());
        info.put("registered_at", c.registeredAt());
        info.put("validation_rps", c.validation().rps());
        info.put("market_rps", c.validation().marketRps());
        info.put("served_without_prices", true);
        // The reference client's /predict always sends prices: say which model answers those (extra keys break no old client).
        catalog.champion(catalog.pricedModelName(DIVISION)).ifPresent(p -> {
            Map<String, Object> priced = new LinkedHashMap<>();
            priced.put("model_name", p.model());
            priced.put("model_version", p.model() + ":" + p.version());
            priced.put("model_type", p.trainer());
            priced.put("trained_through", p.trainedThrough());
            priced.put("validation_rps", p.validation().rps());
            priced.put("market_rps", p.validation().marketRps());
            info.put("with_prices", priced);
        });
        return info;
    }

    @GetMapping(path = "/teams", produces = "application/json")
    @Operation(summary = "The reference system's team list: the E0 teams under their names")
    Map<String, Object> teams() {
        List<String> names = catalog.teamNames(DIVISION);
        return Map.of("teams", names, "count", names.size());
    }

    @GetMapping(path = "/retraining/status", produces = "application/json")
    @Operation(summary = "The reference system's retraining status: running and last run, every trigger as it stands")
    Map<String, Object> retrainingStatus() {
        RetrainingViews.Retraining r = retraining.status(DIVISION);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("model", r.model());
        status.put("is_running", r.running() != null);
        status.put("running", r.running());
        status.put("last_run", r.last());
        status.put("triggers", retraining.triggers(DIVISION));
        return status;
    }

    @GetMapping(path = "/retraining/history", produces = "application/json")
    @Operation(summary = "The reference system's retraining history, newest first")
    Map<String, Object> retrainingHistory() {
        return Map.of("history", retraining.history(DIVISION, 100));
    }

    record Trigger(String reason, Boolean force) {
    }

    @PostMapping(path = "/retraining/trigger", consumes = "application/json", produces = "application/json")
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "The reference system's retraining trigger (needs X-API-Key): with force, now; else if a trigger fires")
    Map<String, Object> trigger(@RequestBody Trigger request) {
        BackgroundWork.Status started = work.submit(new WorkRequest.Retraining(DIVISION,
                request.reason() == null || request.reason().isBlank() ? "reference API" : request.reason(), request.force()));
        return Map.of("message", "Retraining triggered successfully", "id", started.id());
    }
}
