package io.matchday.api;

import io.matchday.data.Division;
import io.matchday.models.Model;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the service serves and knows: health, the champion, the registry, the teams. */
@RestController
@Tag(name = "catalogue", description = "Health, models and teams")
class CatalogController {

    private final ServedModels served;
    private final ModelRegistry registry;
    private final TeamDirectory teams;
    private final ConsoleQueries queries;
    private final io.matchday.data.TeamNames names;

    CatalogController(ServedModels served, ModelRegistry registry, TeamDirectory teams,
                      ConsoleQueries queries, io.matchday.data.TeamNames names) {
        this.served = served;
        this.registry = registry;
        this.teams = teams;
        this.queries = queries;
        this.names = names;
    }

    @GetMapping(path = "/api/v1/health", produces = "application/json")
    @Operation(summary = "Is a model loaded, which version, is the database reachable",
            description = "200 while a model is served (status UP, or DEGRADED when the database is unreachable); 503 without one. "
                    + "Orchestrators can also use /actuator/health/liveness and /actuator/health/readiness.")
    ResponseEntity<CatalogViews.Health> health() {
        CatalogViews.Health health = queries.health();
        return ResponseEntity.status(health.models().isEmpty() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK).body(health);
    }

    @GetMapping(path = "/api/v1/model", produces = "application/json")
    @Operation(summary = "The champion being served: version, training window, validation against the market")
    CatalogViews.ModelInfo model(@Parameter(description = "Registered model", example = "e0-outcome")
                                 @RequestParam(defaultValue = "e0-outcome") String name) {
        ServedModels.Served champion = served.champion(name).orElseThrow(() -> ApiProblem.notFound("unknown-model",
                "No champion", "model " + name + " has no champion on this node"));
        ModelVersion version = champion.version();
        Model model = champion.model();
        var p = model.provenance();
        return new CatalogViews.ModelInfo(version.model(), version.version(), version.trainer(), version.aliases(),
                version.createdAt(), version.runId(), model.usesPrices(),
                new CatalogViews.TrainingWindow(p.firstMatch(), p.lastMatch(), p.matches(), p.dataFingerprint(), p.codeVersion()),
                queries.validation(version.runId()), version.decision());
    }

    @GetMapping(path = "/api/v1/models", produces = "application/json")
    @Operation(summary = "Registered models, their versions and aliases")
    List<CatalogViews.RegisteredModel> models() {
        return registry.names().stream().map(name -> {
            List<ModelVersion> versions = registry.versions(name);
            Map<String, Integer> aliases = new LinkedHashMap<>();
            versions.forEach(v -> v.aliases().forEach(a -> aliases.put(a, v.version())));
            return new CatalogViews.RegisteredModel(name, aliases, versions.stream().map(v -> new CatalogViews.VersionView(
                    v.version(), v.trainer(), v.aliases(), v.createdAt(), v.decision())).toList());
        }).toList();
    }

    @GetMapping(path = "/api/v1/teams", produces = "application/json")
    @Operation(summary = "A division's teams: canonical names and the spellings accepted for them")
    CatalogViews.Teams teams(@Parameter(example = "E0") @RequestParam(defaultValue = "E0") String division) {
        Division d = RequestParameters.division("division", division);
        List<CatalogViews.TeamView> list = teams.teams(d).stream().map(t -> new CatalogViews.TeamView(t.team().name(),
                names.aliases(t.team()), t.matches(), t.firstSeason().label(), t.lastSeason().label())).toList();
        return new CatalogViews.Teams(d.code(), list.size(), list);
    }
}
