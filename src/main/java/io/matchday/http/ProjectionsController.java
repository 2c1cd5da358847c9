package io.matchday.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.matchday.serving.ProjectionViews;
import io.matchday.simulation.Projection;
import io.matchday.simulation.ProjectionStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.matchday.tabular.ParquetTable;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The season in progress projected to its final table, per division. */
@RestController
@Tag(name = "projections", description = "Season projections: title, top four, relegation, expected points, every place")
record ProjectionsController(ProjectionViews projections) {

    /** The projection as stored, and when the job computed it. */
    record ProjectionAnswer(@JsonUnwrapped Projection projection, @JsonProperty("computed_at") Instant computedAt) {
        static ProjectionAnswer of(ProjectionStore.Stored stored) {
            return new ProjectionAnswer(stored.projection(), stored.computedAt());
        }
    }

    @GetMapping(path = "/api/v1/projections/{division}", produces = "application/json")
    @Operation(summary = "The division's season projected to its final table (refreshed by the predict-upcoming job)",
            description = "As Parquet (one row per side, p_1..p_N the chance of each place) with "
                    + "Accept: application/vnd.apache.parquet or ?format=parquet.")
    ProjectionAnswer projection(@PathVariable String division) {
        return ProjectionAnswer.of(projections.latest(division));
    }

    @GetMapping(path = "/api/v1/projections/{division}", produces = ParquetTable.MEDIA_TYPE)
    ResponseEntity<StreamingResponseBody> projectionParquet(@PathVariable String division) {
        ProjectionStore.Stored stored = projections.latest(division);
        Projection p = stored.projection();
        return ParquetAnswers.of(p.table(stored.computedAt()), p.teams(),
                "projection-" + p.division() + "-" + p.asOf() + ".parquet");
    }

    @GetMapping(path = "/api/v1/projections/{division}", params = "format=parquet")
    ResponseEntity<StreamingResponseBody> projectionAsParquet(@PathVariable String division) {
        return projectionParquet(division);
    }
}
