package io.matchday.http;

import io.matchday.Refusal;
import io.matchday.serving.ForecastAnswer;
import io.matchday.serving.ForecastService;
import io.matchday.serving.OddsInput;
import io.matchday.serving.PredictRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Forecasts: one fixture, a batch, and the reference system's request and response shape. */
@RestController
@Tag(name = "forecasts", description = "Home/draw/away probabilities, expected goals and the market's view")
record ForecastController(ForecastService forecasts, ServingProperties properties) {

    @PostMapping(path = "/api/v1/predict", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Forecast one fixture",
            description = "With the champion of <division>-outcome unless `model` (and `version`) say otherwise. "
                    + "With `odds`, the answer adds the de-vigged market probabilities and the edge per outcome.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                @ExampleObject(name = "fixture", value = "{\"home\":\"Arsenal\",\"away\":\"Man United\",\"date\":\"2025-05-18\"}"),
                @ExampleObject(name = "with odds", value = "{\"home\":\"Arsenal\",\"away\":\"Chelsea\",\"odds\":{\"home\":2.1,\"draw\":3.4,\"away\":3.6}}")})))
    @ApiResponse(responseCode = "200", description = "The forecast")
    @ApiResponse(responseCode = "400", description = "Malformed JSON or a field of the wrong type", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Unknown team (with the closest names), division or model", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "A field breaks a rule: missing team, same team twice, a price not above 1", content = @Content(mediaType = "application/problem+json"))
    ForecastAnswer predict(@RequestBody PredictRequest request) {
        return forecasts.predict(request);
    }

    @PostMapping(path = "/api/v1/predict/batch", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Forecast up to 1,000 fixtures in one call",
            description = "Each fixture is checked first; any bad one fails the whole call, its position in the pointer "
                    + "(e.g. /fixtures/3/home).")
    @ApiResponse(responseCode = "413", description = "More fixtures than the limit, or a body over the size limit", content = @Content(mediaType = "application/problem+json"))
    BatchAnswer batch(@RequestBody BatchRequest request) {
        List<PredictRequest> fixtures = request.fixtures();
        if (fixtures == null || fixtures.isEmpty()) {
            throw ApiProblem.invalid("/fixtures", "needs at least one fixture");
        }
        if (fixtures.size() > properties.batchLimit()) {
            throw ApiProblem.tooLarge("a batch holds at most " + properties.batchLimit() + " fixtures, got " + fixtures.size());
        }
        List<ForecastAnswer> answers = forecasts.predictAll(fixtures);
        return new BatchAnswer(answers.size(), answers);
    }

    @PostMapping(path = "/predict", consumes = "application/json", produces = "application/json")
    @Tag(name = "compatibility")
    @Operation(summary = "The reference system's /predict",
            description = "Request and response in the reference FastAPI service's shape, forecast by the E0 champion.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                @ExampleObject(name = "reference example", value = "{\"home_team\":\"Arsenal\",\"away_team\":\"Manchester United\","
                        + "\"home_odds\":2.1,\"draw_odds\":3.2,\"away_odds\":3.5}"))))
    LegacyAnswer legacy(@RequestBody LegacyRequest request) {
        if (request.month() != null && (request.month() < 1 || request.month() > 12)) {
            throw ApiProblem.invalid("/month", "must be between 1 and 12, got " + request.month());
        }
        boolean anyOdds = request.homeOdds() != null || request.drawOdds() != null || request.awayOdds() != null;
        OddsInput odds = anyOdds ? new OddsInput(request.homeOdds(), request.drawOdds(), request.awayOdds()) : null;
        ForecastAnswer answer;
        try {
            answer = forecasts.predict(new PredictRequest(request.homeTeam(), request.awayTeam(),
                    forecasts.dateOfMonth(request.month()), null, odds, null, null));
        } catch (Refusal problem) {
            throw LegacyPointers.rename(problem);
        }
        ForecastAnswer.Outcomes p = answer.probabilities();
        String predicted = switch (answer.predicted()) {
            case "H" -> "Home Win";
            case "D" -> "Draw";
            default -> "Away Win";
        };
        double confidence = Math.max(p.home(), Math.max(p.draw(), p.away()));
        // The names as the client sent them: a client matches answers to its requests by them.
        return new LegacyAnswer(request.homeTeam(), request.awayTeam(), predicted, p.home(), p.draw(), p.away(),
                confidence, answer.model().name() + ":" + answer.model().version());
    }
}
