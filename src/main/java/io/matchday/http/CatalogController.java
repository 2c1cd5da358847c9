package io.matchday.http;

import io.matchday.data.Division;
import io.matchday.serving.Catalog;
import io.matchday.serving.CatalogViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the service serves and knows: health, the champion, the registry, the teams. */
@RestController
@Tag(name = "catalogue", description = "Health, models and teams")
record CatalogController(Catalog catalog) {

    @GetMapping(path = "/api/v1/health", produces = "application/json")
    @Operation(summary = "Is a model loaded, which version, is the database reachable",
            description = "200 while a model is served (status UP, or DEGRADED when the database is unreachable); 503 without one. "
                    + "Orchestrators can also use /actuator/health/liveness and /actuator/health/readiness.")
    ResponseEntity<CatalogViews.Health> health() {
        CatalogViews.Health health = catalog.health();
        return ResponseEntity.status(health.models().isEmpty() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK).body(health);
    }

    @GetMapping(path = "/api/v1/model", produces = "application/json")
    @Operation(summary = "The champion being served: version, training window, validation against the market")
    CatalogViews.ModelInfo model(@Parameter(description = "Registered model", example = "e0-outcome")
                                 @RequestParam(defaultValue = "e0-outcome") String name) {
        return catalog.servedModel(name);
    }

    @GetMapping(path = "/api/v1/models", produces = "application/json")
    @Operation(summary = "Registered models, their versions and aliases")
    List<CatalogViews.RegisteredModel> models() {
        return catalog.registeredModels();
    }

    @GetMapping(path = "/api/v1/teams", produces = "application/json")
    @Operation(summary = "A division's teams: canonical names and the spellings accepted for them")
    CatalogViews.Teams teams(@Parameter(example = "E0") @RequestParam(defaultValue = Division.DEFAULT_CODE) String division) {
        return catalog.teams(division);
    }
}
