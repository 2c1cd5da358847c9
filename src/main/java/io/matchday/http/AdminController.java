package io.matchday.http;

import io.matchday.data.Division;
import io.matchday.registry.ModelTraining;
import io.matchday.serving.ModelAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Changing what is served; every call needs the X-API-Key header. */
@RestController
@Tag(name = "admin", description = "Promote and roll back champions (X-API-Key header)")
@SecurityRequirement(name = "apiKey")
record AdminController(ModelAdmin admin) {

    @Schema(description = "A promotion: through the gate unless forced")
    record Promotion(@Schema(example = "4") Integer version, @Schema(example = "new season's data") String reason,
                     @Schema(description = "Skip the gate (audited as forced)") Boolean force,
                     @Schema(description = "Division of the validation data; default E0") String division,
                     @Schema(description = "Validation season; default the last complete one", example = "2023-24") String validation,
                     @Schema(description = "Gate margin in RPS; default 0") Double margin) {
    }

    record Rollback(@Schema(example = "version 4 misbehaves") String reason) {
    }

    record AliasAnswer(String model, int champion, boolean forced, String gate) {
    }

    @PostMapping(path = "/api/v1/admin/models/{name}/promote", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Make a version champion through the promotion gate (409 with the numbers when refused)")
    AliasAnswer promote(@PathVariable String name, @RequestBody Promotion request) {
        new Required().version(request.version()).reason(request.reason()).check();
        boolean force = Boolean.TRUE.equals(request.force());
        ModelAdmin.Promotion result = admin.promote(name, request.version(), request.reason(), force,
                request.division() == null ? Division.DEFAULT_CODE : request.division(), request.validation(),
                request.margin() == null ? ModelTraining.DEFAULT_GATE_MARGIN : request.margin());
        if (!result.promoted()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "refused-by-gate", "Refused by the promotion gate",
                    "version " + request.version() + " of " + name + " does not clearly beat the champion: " + result.gate()
                            + "; send force=true to override", List.of(), Map.of("gate", result.gate()));
        }
        return new AliasAnswer(name, request.version(), force, result.gate());
    }

    @PostMapping(path = "/api/v1/admin/models/{name}/rollback", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Move the champion back to the version it pointed at before its last move")
    AliasAnswer rollback(@PathVariable String name, @RequestBody Rollback request) {
        new Required().reason(request.reason()).check();
        return new AliasAnswer(name, admin.rollback(name, request.reason()), true, null);
    }
}
