package io.matchday.http;

import io.matchday.ledger.LedgerPage;
import io.matchday.ledger.LedgerQuery;
import io.matchday.serving.LedgerViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.matchday.tabular.ParquetTable;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The prediction ledger: every forecast served, newest first. */
@RestController
@Tag(name = "ledger", description = "Every forecast the service gave")
record LedgerController(LedgerViews ledger) {

    @GetMapping(path = "/api/v1/predictions", produces = "application/json")
    @Operation(summary = "Served forecasts, paged, newest first",
            description = "Filtered by match date (from, to inclusive), team (home or away, any spelling) and model name. "
                    + "Forecasts appear a moment after they are served (they are written in batches). "
                    + "With Accept: application/vnd.apache.parquet or ?format=parquet: the whole filtered set (no pages) "
                    + "as one Parquet table, with each forecast's result and RPS once its match is stored.")
    LedgerPage predictions(
            @Parameter(description = "First match date", example = "2025-01-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last match date", example = "2025-06-30") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(example = "Arsenal") @RequestParam(required = false) String team,
            @Parameter(example = "e0-outcome") @RequestParam(required = false) String model,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw ApiProblem.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > 1000) {
            throw ApiProblem.invalid("size", "must be between 1 and 1000");
        }
        return ledger.page(query(from, to, team, model, page, size));
    }

    @GetMapping(path = "/api/v1/predictions", produces = ParquetTable.MEDIA_TYPE)
    ResponseEntity<StreamingResponseBody> predictionsParquet(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String team, @RequestParam(required = false) String model) {
        // the whole filtered set: all() reads every page, whatever the query's own
        return ParquetAnswers.of(LedgerViews.TABLE, ledger.all(query(from, to, team, model, 0, 1)), "predictions.parquet");
    }

    @GetMapping(path = "/api/v1/predictions", params = "format=parquet")
    ResponseEntity<StreamingResponseBody> predictionsAsParquet(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String team, @RequestParam(required = false) String model) {
        return predictionsParquet(from, to, team, model);
    }

    /** The filter both forms of the ledger answer share: dates in order, blank team or model meaning any. */
    private static LedgerQuery query(LocalDate from, LocalDate to, String team, String model, int page, int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalid("to", "is before from");
        }
        return new LedgerQuery(Optional.ofNullable(from), Optional.ofNullable(to),
                Optional.ofNullable(team).filter(t -> !t.isBlank()), Optional.ofNullable(model).filter(m -> !m.isBlank()), page, size);
    }
}
