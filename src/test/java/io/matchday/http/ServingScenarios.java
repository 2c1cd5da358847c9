package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import io.matchday.testsupport.Http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.models.ModelZoo;
import io.matchday.models.TrainingData;
import io.matchday.data.Division;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.ModelVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint against a real server on a random port, over a real database (H2 and PostgreSQL
 * subclasses), with a Dixon–Coles champion trained on a synthetic league. Tests that move the
 * champion run last, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ServingScenarios {

    private static final String ADMIN = "X-API-Key";

    ServedLeague league;
    Http http;

    @BeforeAll
    void start(@TempDir Path home, DatabaseSettings database) {
        league = ServedLeague.synthetic(home, database, Map.of());
        http = league.http;
    }

    @AfterAll
    void stop() {
        if (league != null) {
            league.close();
        }
    }

    private static String fixture(String home, String away) {
        return "{\"home\":\"" + home + "\",\"away\":\"" + away + "\"}";
    }

    @Test
    void healthNamesTheServedVersionAndTheDatabase() {
        Http.Reply health = http.get("/api/v1/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().path("models").get(0).path("name").asText()).isEqualTo("e0-outcome");
        assertThat(health.json().path("models").get(0).path("version").asInt()).isEqualTo(1);
        assertThat(health.json().path("database").path("status").asText()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/liveness").json().path("status").asText()).isEqualTo("UP");
        Http.Reply ready = http.get("/actuator/health/readiness");
        assertThat(ready.json().path("status").asText()).isEqualTo("UP");
        assertThat(ready.json().path("components").path("champions").path("details").path("e0-outcome").asInt()).isEqualTo(1);
    }

    @Test
    void modelDescribesTheChampionItsWindowAndItsDistanceToTheMarket() {
        JsonNode model = http.get("/api/v1/model?name=e0-outcome").json();
        assertThat(model.path("trainer").asText()).isEqualTo("dixon-coles");
        assertThat(model.path("aliases").toString()).contains("champion");
        assertThat(model.path("training").path("firstMatch").asText()).startsWith("2020-08");
        assertThat(model.path("training").path("matches").asInt()).isEqualTo(3 * 380);
        assertThat(model.path("training").path("dataFingerprint").asText()).hasSize(64);
        JsonNode validation = model.path("validation");
        assertThat(validation.path("matches").asInt()).isEqualTo(380);
        assertThat(validation.path("rps").asDouble()).isBetween(0.15, 0.25);
        assertThat(validation.path("deltaRpsVsMarket").asDouble())
                .isCloseTo(validation.path("rps").asDouble() - validation.path("marketRps").asDouble(), within(1e-12));
        assertThat(validation.path("deltaLow").asDouble()).isLessThan(validation.path("deltaHigh").asDouble());
        assertThat(http.get("/api/v1/model?name=nope").status()).isEqualTo(404);
    }

    @Test
    void modelsListsEveryVersionAndAlias() {
        JsonNode models = http.get("/api/v1/models").json();
        JsonNode outcome = models.get(0);
        assertThat(outcome.path("name").asText()).isEqualTo("e0-outcome");
        assertThat(outcome.path("aliases").path("champion").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(outcome.path("versions").get(0).path("decision").asText()).contains("validation 2022-23");
    }

    @Test
    void teamsListsTheDivisionsCanonicalNames() {
        Http.Reply teams = http.get("/api/v1/teams?division=E0");
        assertThat(teams.status()).isEqualTo(200);
        assertThat(teams.json().path("count").asInt()).isEqualTo(20);
        assertThat(teams.json().path("teams").get(0).path("name").asText()).isEqualTo("Ashbury");
        assertThat(teams.json().path("teams").get(0).path("matches").asInt()).isEqualTo(3 * 38);
        assertThat(http.get("/api/v1/teams?division=SC9").status()).isEqualTo(404);
    }

    @Test
    void predictAnswersProbabilitiesExpectedGoalsAndTheLikeliestScore() {
        Http.Reply reply = http.post("/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"brackenford\",\"date\":\"2024-08-17\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode f = reply.json();
        double sum = f.path("probabilities").path("home").asDouble() + f.path("probabilities").path("draw").asDouble()
                + f.path("probabilities").path("away").asDouble();
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        assertThat(f.path("fixture").path("away").asText()).isEqualTo("Brackenford");
        assertThat(f.path("fixture").path("date").asText()).isEqualTo("2024-08-17");
        assertThat(f.path("expectedGoals").path("home").asDouble()).isBetween(0.3, 4.0);
        assertThat(f.path("mostLikelyScore").path("probability").asDouble()).isBetween(0.03, 0.5);
        assertThat(f.path("model").path("name").asText()).isEqualTo("e0-outcome");
        assertThat(f.path("model").path("trainer").asText()).isEqualTo("dixon-coles");
        assertThat(f.path("predicted").asText()).isIn("H", "D", "A");
        assertThat(f.has("market")).isFalse();
    }

    @Test
    void anExplainedForecastAddsUpAndABandHoldsIt() {
        Http.Reply reply = http.post("/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Brackenford\",\"date\":\"2024-08-17\","
                + "\"explain\":true,\"interval\":0.9}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode f = reply.json();
        JsonNode why = f.path("explanation");
        assertThat(why.path("factors").findValuesAsText("name"))
                .containsExactly("home attack", "away defence", "away attack", "home defence", "home advantage");
        for (String outcome : List.of("home", "draw", "away")) {
            double total = why.path("baseline").path(outcome).asDouble();
            for (JsonNode factor : why.path("factors")) {
                total += factor.path(outcome).asDouble();
            }
            double p = f.path("probabilities").path(outcome).asDouble();
            assertThat(total).as(outcome).isCloseTo(p, within(1e-9));
            JsonNode band = f.path("interval").path(outcome);
            assertThat(band.get(0).asDouble()).isLessThan(p);
            assertThat(band.get(1).asDouble()).isGreaterThan(p);
        }
        assertThat(f.path("interval").path("level").asDouble()).isEqualTo(0.9);
        assertThat(f.path("interval").path("over")).hasSize(2);
        assertThat(why.path("baseline").has("over")).isTrue();
        // asked again, the band is the same: drawn once per model version, cached per fixture
        assertThat(http.post("/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Brackenford\",\"date\":\"2024-08-17\","
                + "\"interval\":0.9}").json().path("interval")).isEqualTo(f.path("interval"));
        JsonNode plain = http.post("/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Brackenford\"}").json();
        assertThat(plain.has("explanation") || plain.has("interval")).as("only when asked").isFalse();
        JsonNode batch = http.post("/api/v1/predict/batch", "{\"fixtures\":[{\"home\":\"Ashbury\",\"away\":\"Dunmere\",\"interval\":0.5},"
                + fixture("Eastholm", "Fallowfield") + "]}").json();
        assertThat(batch.path("forecasts").get(0).path("interval").path("level").asDouble()).isEqualTo(0.5);
        assertThat(batch.path("forecasts").get(1).has("interval")).isFalse();
    }

    @Test
    void oddsAddTheDeviggedMarketAndTheEdgePerOutcome() {
        JsonNode f = http.post("/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Caldermoor\","
                + "\"odds\":{\"home\":2.1,\"draw\":3.4,\"away\":3.6}}").json();
        JsonNode market = f.path("market");
        double sum = 0;
        for (String outcome : List.of("home", "draw", "away")) {
            double p = f.path("probabilities").path(outcome).asDouble();
            double m = market.path("probabilities").path(outcome).asDouble();
            sum += m;
            assertThat(market.path("edge").path(outcome).asDouble()).isCloseTo(p - m, within(1e-12));
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        assertThat(market.path("overround").asDouble()).isCloseTo(1 / 2.1 + 1 / 3.4 + 1 / 3.6 - 1, within(1e-12));
        assertThat(market.path("expectedValue").path("home").asDouble())
                .isCloseTo(f.path("probabilities").path("home").asDouble() * 2.1 - 1, within(1e-12));
    }

    @Test
    void aBatchAnswersEveryFixtureInOrderAsSinglePredictionsWould() {
        List<String> fixtures = List.of(fixture("Ashbury", "Dunmere"), fixture("Eastholm", "Fallowfield"),
                fixture("Greywater", "Harrowgate"));
        Http.Reply batch = http.post("/api/v1/predict/batch", "{\"fixtures\":[" + String.join(",", fixtures) + "]}");
        assertThat(batch.status()).as(batch.body()).isEqualTo(200);
        assertThat(batch.json().path("count").asInt()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            JsonNode single = http.post("/api/v1/predict", fixtures.get(i)).json();
            JsonNode inBatch = batch.json().path("forecasts").get(i);
            assertThat(inBatch.path("fixture")).isEqualTo(single.path("fixture"));
            assertThat(inBatch.path("probabilities")).isEqualTo(single.path("probabilities"));
        }
    }

    @Test
    void aFullBatchOfAThousandIsServed() {
        String one = fixture("Ashbury", "Dunmere");
        String body = "{\"fixtures\":[" + String.join(",", java.util.Collections.nCopies(1000, one)) + "]}";
        Http.Reply reply = http.post("/api/v1/predict/batch", body);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("forecasts")).hasSize(1000);
    }

    static Stream<Arguments> badRequests() {
        String big = "{\"fixtures\":[" + String.join(",", java.util.Collections.nCopies(1001, fixture("Ashbury", "Dunmere"))) + "]}";
        String huge = "{\"home\":\"Ashbury\",\"away\":\"Dunmere\",\"pad\":\"" + "x".repeat(1_100_000) + "\"}";
        return Stream.of(
                Arguments.of("unknown team", "/api/v1/predict", fixture("Ashbary", "Dunmere"), 404, "/home", "Ashbury"),
                Arguments.of("same team twice", "/api/v1/predict", fixture("Ashbury", "ASHBURY"), 422, "/away", "same team"),
                Arguments.of("missing team", "/api/v1/predict", "{\"home\":\"Ashbury\"}", 422, "/away", "is required"),
                Arguments.of("price not above 1", "/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Dunmere\","
                        + "\"odds\":{\"home\":1.0,\"draw\":3.4,\"away\":-2}}", 422, "/odds/home", "above 1.0"),
                Arguments.of("missing price", "/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Dunmere\","
                        + "\"odds\":{\"home\":2.0,\"draw\":3.4}}", 422, "/odds/away", "is required"),
                Arguments.of("malformed JSON", "/api/v1/predict", "{\"home\":\"Ashbury\",", 400, null, "malformed JSON"),
                Arguments.of("empty body", "/api/v1/predict", "", 400, null, "JSON body"),
                Arguments.of("wrong type", "/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Dunmere\","
                        + "\"odds\":{\"home\":\"evens\",\"draw\":3.4,\"away\":3}}", 400, "/odds/home", "a number"),
                Arguments.of("bad date", "/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Dunmere\",\"date\":\"2024-13-45\"}",
                        400, "/date", "a date"),
                Arguments.of("array for object", "/api/v1/predict", "[1,2]", 400, null, "expected"),
                Arguments.of("unknown division", "/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Dunmere\",\"division\":\"X9\"}",
                        404, null, "division X9"),
                Arguments.of("bad division code", "/api/v1/predict", "{\"home\":\"A\",\"away\":\"B\",\"division\":\"not a code!\"}",
                        422, "/division", "division"),
                Arguments.of("interval level of 1", "/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Dunmere\",\"interval\":1}",
                        422, "/interval", "strictly between 0 and 1"),
                Arguments.of("unknown model", "/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Dunmere\",\"model\":\"e9-outcome\"}",
                        404, "/model", "no champion"),
                Arguments.of("unknown version", "/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Dunmere\",\"version\":99}",
                        404, "/version", "no version 99"),
                Arguments.of("bad fixture in a batch", "/api/v1/predict/batch", "{\"fixtures\":[" + fixture("Ashbury", "Dunmere")
                        + "," + fixture("Ashbury", "Ashbury") + "]}", 422, "/fixtures/1/away", "same team"),
                Arguments.of("empty batch", "/api/v1/predict/batch", "{\"fixtures\":[]}", 422, "/fixtures", "at least one"),
                Arguments.of("batch over the limit", "/api/v1/predict/batch", big, 413, null, "at most 1000 fixtures"),
                Arguments.of("body over the limit", "/api/v1/predict", huge, 413, null, "bytes"),
                Arguments.of("reference shape, unknown team", "/predict", "{\"home_team\":\"Ashbary\",\"away_team\":\"Dunmere\"}",
                        404, "/home_team", "Ashbury"),
                Arguments.of("reference shape, bad price", "/predict", "{\"home_team\":\"Ashbury\",\"away_team\":\"Dunmere\","
                        + "\"home_odds\":0.5,\"draw_odds\":3.2,\"away_odds\":3.5}", 422, "/home_odds", "above 1.0"),
                Arguments.of("reference shape, bad month", "/predict", "{\"home_team\":\"Ashbury\",\"away_team\":\"Dunmere\","
                        + "\"month\":13}", 422, "/month", "between 1 and 12"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsAProblemWithTheFieldAtFaultNeverA500(String name, String path, String body, int status, String pointer,
                                                        String detail) {
        Http.Reply reply = http.post(path, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
        assertThat(reply.json().path("title").asText()).isNotBlank();
        assertThat(reply.json().path("instance").asText()).isEqualTo(path);
        assertThat(reply.body()).contains(detail);
        if (pointer != null) {
            assertThat(reply.json().path("errors").findValuesAsText("pointer")).contains(pointer);
        }
    }

    @Test
    void unknownTeamsComeWithTheClosestNames() {
        JsonNode problem = http.post("/api/v1/predict", fixture("Ashbury", "Dunmore")).json();
        assertThat(problem.path("suggestions").get(0).asText()).isEqualTo("Dunmere");
        assertThat(problem.path("type").asText()).isEqualTo("urn:matchday:problem:unknown-team");
    }

    @Test
    void protocolMisusesAreProblemsToo() {
        Http.Reply wrongMethod = http.get("/api/v1/predict");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        Http.Reply wrongType = http.post("/api/v1/predict", "home=Ashbury", Map.of("Content-Type", "text/plain"));
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
        Http.Reply nowhere = http.get("/api/v1/nowhere");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/predictions?from=yesterday").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/predictions?size=5000").status()).isEqualTo(422);
    }

    @Test
    void theReferenceShapeIsAnsweredInItsShape() {
        Http.Reply reply = http.post("/predict", "{\"home_team\":\"Ashbury\",\"away_team\":\"Dunmere\",\"home_odds\":2.1,"
                + "\"draw_odds\":3.2,\"away_odds\":3.5,\"month\":3}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode r = reply.json();
        assertThat(r.path("predicted_result").asText()).isIn("Home Win", "Draw", "Away Win");
        double sum = r.path("home_win_probability").asDouble() + r.path("draw_probability").asDouble()
                + r.path("away_win_probability").asDouble();
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        assertThat(r.path("prediction_confidence").asDouble()).isEqualTo(Math.max(r.path("home_win_probability").asDouble(),
                Math.max(r.path("draw_probability").asDouble(), r.path("away_win_probability").asDouble())));
        assertThat(r.path("model_version").asText()).startsWith("e0-outcome:");
    }

    @Test
    void theLedgerHoldsEveryForecastServedFilteredAndPaged() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(http.post("/api/v1/predict", "{\"home\":\"Kingsmere\",\"away\":\"Larkhill\",\"date\":\"2030-01-0" + (i + 1)
                    + "\",\"odds\":{\"home\":2.5,\"draw\":3.3,\"away\":2.9}}").json().path("id").asText());
        }
        JsonNode page = awaitLedger("/api/v1/predictions?team=Larkhill&size=2", 5);
        assertThat(page.path("predictions")).hasSize(2);
        assertThat(page.path("predictions").get(0).path("id").asText()).isEqualTo(ids.get(4));
        assertThat(page.path("predictions").get(0).path("oddsHome").asDouble()).isEqualTo(2.5);
        assertThat(page.path("predictions").get(0).path("node").asText()).isEqualTo("test-node");
        assertThat(page.path("predictions").get(0).path("modelName").asText()).isEqualTo("e0-outcome");
        JsonNode last = http.get("/api/v1/predictions?team=Larkhill&size=2&page=2").json();
        assertThat(last.path("predictions")).hasSize(1);
        assertThat(last.path("predictions").get(0).path("id").asText()).isEqualTo(ids.get(0));
        JsonNode window = http.get("/api/v1/predictions?team=Kingsmere&from=2030-01-02&to=2030-01-03").json();
        assertThat(window.path("total").asInt()).isEqualTo(2);
        assertThat(http.get("/api/v1/predictions?team=Larkhill&model=other").json().path("total").asInt()).isZero();
    }

    private JsonNode awaitLedger(String query, int rows) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode page;
        do {
            page = http.get(query).json();
            if (page.path("total").asInt() >= rows) {
                return page;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("ledger holds " + page.path("total") + " rows for " + query + ", expected " + rows);
    }

    @Test
    void prometheusShowsLatencyPerEndpointForecastsPerVersionAndTheLedger() {
        http.post("/api/v1/predict", fixture("Ashbury", "Dunmere"));
        String metrics = http.get("/actuator/prometheus").body();
        assertThat(metrics).contains("http_server_requests_seconds_bucket{").contains("uri=\"/api/v1/predict\"");
        assertThat(metrics).containsPattern("matchday_forecasts_total\\{[^}]*model=\"e0-outcome\"[^}]*version=\"\\d+\"");
        assertThat(metrics).contains("matchday_ledger_queue_depth").contains("matchday_ledger_spool_size");
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsWithExamples() {
        JsonNode doc = http.get("/v3/api-docs").json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        JsonNode paths = doc.path("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/v1/predict", "/api/v1/predict/batch", "/api/v1/health",
                "/api/v1/model", "/api/v1/models", "/api/v1/teams", "/api/v1/predictions", "/predict",
                "/api/v1/admin/models/{name}/promote");
        assertThat(paths.path("/api/v1/predict").path("post").path("requestBody").toString()).contains("Arsenal");
        assertThat(doc.path("components").path("schemas").path("PredictRequest").toString()).contains("example");
        assertThat(doc.path("components").path("securitySchemes").path("apiKey").path("name").asText()).isEqualTo(ADMIN);
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void adminEndpointsNeedAValidKey() {
        String body = "{\"version\":1,\"reason\":\"test\",\"force\":true}";
        Http.Reply none = http.post("/api/v1/admin/models/e0-outcome/promote", body);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(http.post("/api/v1/admin/models/e0-outcome/promote", body, Map.of(ADMIN, "wrong")).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/admin/jobs/ingest", "{}", Map.of(ADMIN, ServedLeague.API_KEY + "x")).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/admin/models/e0-outcome/promote", "{\"reason\":\"x\"}", Map.of(ADMIN, ServedLeague.API_KEY))
                .status()).isEqualTo(422);
        assertThat(http.post("/api/v1/admin/models/nope/rollback", "{\"reason\":\"x\"}", Map.of(ADMIN, ServedLeague.API_KEY))
                .status()).isEqualTo(404);
    }

    @Test
    void aTriggeredJobRunsOnceOnTheClusterAndIsInTheHistory() throws InterruptedException {
        Http.Reply jobs = http.get("/api/v1/jobs");
        assertThat(jobs.json().findValuesAsText("name")).containsExactly("refresh-data", "predict-upcoming", "monitor",
                "retraining-check", "judge-challengers");
        assertThat(jobs.json().get(0).path("cron").asText()).isEqualTo("0 0 6 * * *");
        assertThat(jobs.json().get(0).path("nextRun").asText()).isNotBlank();
        assertThat(http.post("/api/v1/jobs/refresh-data/run", "").status()).isEqualTo(401);
        Http.Reply accepted = http.post("/api/v1/jobs/refresh-data/run", "", Map.of(ADMIN, ServedLeague.API_KEY));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode run = null;
        for (int i = 0; i < 200 && run == null; i++) {
            JsonNode history = http.get("/api/v1/jobs/history?job=refresh-data").json();
            if (history.size() > 0 && !history.get(0).path("status").asText().equals("RUNNING")) {
                run = history.get(0);
            }
            Thread.sleep(100);
        }
        assertThat(run).as("the triggered run finished").isNotNull();
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.path("trigger").asText()).isEqualTo("manual");
        assertThat(run.path("node").asText()).isEqualTo("test-node");
        assertThat(run.path("message").asText()).contains("E0 0 new");
        assertThat(http.post("/api/v1/jobs/defrag/run", "", Map.of(ADMIN, ServedLeague.API_KEY)).status()).isEqualTo(404);
        assertThat(http.get("/jobs").body()).contains("retraining-check").contains("0 0 6 * * *");
    }

    @Test
    void upcomingFixturesAreLoadedAndForecastIntoTheLedgerByTheJobs() throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Path.of(league.settings.dataUrl()).resolve("fixtures.csv"),
                "Div,Date,Time,HomeTeam,AwayTeam,AvgH,AvgD,AvgA\r\n"
                        + "E0,14/09/2031,15:00,Oakhaven,Queensbury,2.10,3.40,3.60\r\n"
                        + "E0,15/09/2031,16:30,Redcliffe,Stonebridge,,,\r\n"
                        + "SC0,15/09/2031,12:00,Elsewhere,Nowhere,2.0,3.0,4.0\r\n");
        runJob("refresh-data");
        assertThat(lastRun("refresh-data").path("message").asText()).contains("3 upcoming fixtures");
        runJob("predict-upcoming");
        assertThat(lastRun("predict-upcoming").path("message").asText()).contains("2 fixtures forecast into the ledger");
        JsonNode ledger = awaitLedger("/api/v1/predictions?team=Queensbury&from=2031-09-14&to=2031-09-14", 1);
        assertThat(ledger.path("predictions").get(0).path("oddsHome").asDouble()).isEqualTo(2.1);
        assertThat(ledger.path("predictions").get(0).path("homeTeam").asText()).isEqualTo("Oakhaven");

        // the same job projects the season: the latest stored one, here finished, so the table is settled
        assertThat(lastRun("predict-upcoming").path("message").asText()).contains("E0 2022-23 projected as of");
        Http.Reply projection = http.get("/api/v1/projections/E0");
        assertThat(projection.status()).as(projection.body()).isEqualTo(200);
        JsonNode p = projection.json();
        assertThat(p.path("season").asText()).isEqualTo("2022-23");
        assertThat(p.path("teams")).hasSize(20);
        assertThat(p.path("remaining").asInt()).isZero();
        assertThat(p.path("computed_at").asText()).isNotBlank();
        double title = 0;
        for (JsonNode t : p.path("teams")) {
            title += t.path("p_title").asDouble();
            assertThat(t.path("played").asInt()).isEqualTo(38);
        }
        assertThat(title).isCloseTo(1, within(1e-9));
        assertThat(http.get("/api/v1/projections/E1").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/projections/E1").json().path("detail").asText()).contains("predict-upcoming");
        assertThat(http.get("/api/v1/projections/not%20a%20code").status()).isEqualTo(422);
    }

    private void runJob(String job) throws InterruptedException {
        String before = lastRun(job).path("id").asText();
        assertThat(http.post("/api/v1/jobs/" + job + "/run", "", Map.of(ADMIN, ServedLeague.API_KEY)).status()).isEqualTo(202);
        for (int i = 0; i < 200; i++) {
            JsonNode last = lastRun(job);
            if (!last.path("id").asText().equals(before) && !last.path("status").asText().equals("RUNNING")) {
                assertThat(last.path("status").asText()).as(last.toString()).isEqualTo("SUCCEEDED");
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(job + " did not finish");
    }

    private JsonNode lastRun(String job) {
        JsonNode history = http.get("/api/v1/jobs/history?job=" + job + "&limit=1").json();
        return history.size() == 0 ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : history.get(0);
    }

    @Test
    void aSeasonReplayRunsAsAJobWithProgressAndItsReportsDownloadOnceItEnds() throws InterruptedException {
        String body = "{\"seasons\":\"2022-23\",\"retrain\":\"on-trigger\",\"strategy\":\"value\",\"stake\":\"kelly:0.25\"}";
        assertThat(http.post("/api/v1/simulations", body).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/simulations", "{\"seasons\":\"2022-23\",\"retrain\":\"sometimes\"}",
                Map.of(ADMIN, ServedLeague.API_KEY)).status()).isEqualTo(422);
        Http.Reply started = http.post("/api/v1/simulations", body, Map.of(ADMIN, ServedLeague.API_KEY));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(started.json().path("weeks").asInt()).isGreaterThan(30);
        JsonNode status = started.json();
        for (int i = 0; i < 1200 && !status.path("status").asText().matches("SUCCEEDED|FAILED"); i++) {
            Thread.sleep(100);
            status = http.get(location).json();
        }
        assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("SUCCEEDED");
        assertThat(status.path("weeksDone").asInt()).isEqualTo(status.path("weeks").asInt());
        assertThat(status.path("summary").path("matches").asInt()).isEqualTo(380);
        assertThat(status.path("summary").path("retrains").asInt()).isGreaterThan(0);
        JsonNode report = http.get(location + "/report.json").json();
        assertThat(report.path("retrain").asText()).isEqualTo("on-trigger");
        assertThat(report.path("weeks").findValuesAsText("retraining")).anySatisfy(r -> assertThat(r).contains("after"));
        assertThat(http.get(location + "/report.html").body()).contains("Season replay: E0 2022-23");
    }

    @Test
    @Order(Order.DEFAULT + 1)
    void promotingAndRollingBackThroughTheApiSwapsTheServedVersionAtOnce() {
        ModelVersion v2 = registerClimatology();
        Http.Reply refused = http.post("/api/v1/admin/models/e0-outcome/promote",
                "{\"version\":" + v2.version() + ",\"reason\":\"try the baseline\"}", Map.of(ADMIN, ServedLeague.API_KEY));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("gate").asText()).contains("does not clearly beat");
        Http.Reply forced = http.post("/api/v1/admin/models/e0-outcome/promote",
                "{\"version\":" + v2.version() + ",\"reason\":\"try the baseline\",\"force\":true}", Map.of(ADMIN, ServedLeague.API_KEY));
        assertThat(forced.status()).as(forced.body()).isEqualTo(200);
        assertThat(servedVersion()).isEqualTo(v2.version());
        Http.Reply rolledBack = http.post("/api/v1/admin/models/e0-outcome/rollback", "{\"reason\":\"baseline is worse\"}",
                Map.of(ADMIN, ServedLeague.API_KEY));
        assertThat(rolledBack.status()).as(rolledBack.body()).isEqualTo(200);
        assertThat(servedVersion()).isEqualTo(1);
        assertThat(league.registry.audit("e0-outcome")).extracting(a -> a.reason()).contains("try the baseline", "baseline is worse");
    }

    @Test
    @Order(Order.DEFAULT + 2)
    void aChampionMovedElsewhereIsServedWithinTenSecondsWithoutAFailedRequest() throws Exception {
        ModelVersion next = registerClimatology();
        int before = servedVersion();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        Map<Integer, Long> firstSeen = new ConcurrentHashMap<>();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Thread client = new Thread(() -> {
                Http own = new Http(league.server.url());
                while (running.get()) {
                    Http.Reply reply = own.post("/api/v1/predict", fixture("Oakhaven", "Pennington"));
                    if (reply.status() != 200) {
                        failures.incrementAndGet();
                    } else {
                        served.incrementAndGet();
                        firstSeen.putIfAbsent(reply.json().path("model").path("version").asInt(), System.nanoTime());
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        Thread.sleep(500);
        long moved = System.nanoTime();
        // As the CLI or another node would: straight through the registry, not this node's API.
        league.registry.moveAlias("e0-outcome", ModelRegistry.CHAMPION, next.version(), "hot swap test", true);
        long deadline = moved + Duration.ofSeconds(10).toNanos();
        while (!firstSeen.containsKey(next.version()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
        assertThat(firstSeen).containsKey(before);
        assertThat(firstSeen).as("new version served within 10 s").containsKey(next.version());
        assertThat(Duration.ofNanos(firstSeen.get(next.version()) - moved)).isLessThan(Duration.ofSeconds(10));
        assertThat(failures.get()).isZero();
        assertThat(served.get()).isGreaterThan(20);
    }

    @Test
    @Order(Order.DEFAULT + 3)
    void retrainingIsTriggeredOncePerModelAndRecordedWithItsDecision() throws InterruptedException {
        JsonNode status = http.get("/api/v1/retraining/status").json();
        assertThat(status.path("model").asText()).isEqualTo("e0-outcome");
        assertThat(status.path("triggers").findValuesAsText("name")).containsExactly("performance", "performance-vs-market",
                "drift", "age", "new-data");
        String body = "{\"reason\":\"api test\",\"force\":true}";
        assertThat(http.post("/api/v1/retraining/trigger", body).status()).isEqualTo(401);
        Http.Reply first = http.post("/api/v1/retraining/trigger", body, Map.of(ADMIN, ServedLeague.API_KEY));
        Http.Reply second = http.post("/api/v1/retraining/trigger", body, Map.of(ADMIN, ServedLeague.API_KEY));
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().path("running").asText()).isEqualTo(first.json().path("id").asText());
        JsonNode run = null;
        for (int i = 0; i < 300 && run == null; i++) {
            JsonNode history = http.get("/api/v1/retraining/history").json();
            if (history.size() > 0 && !history.get(0).path("status").asText().equals("RUNNING")) {
                run = history.get(0);
            }
            Thread.sleep(100);
        }
        assertThat(run).isNotNull();
        assertThat(run.path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(run.path("triggers").asText()).isEqualTo("manual: api test");
        assertThat(run.path("status").asText()).as(run.toString()).isIn("PROMOTED", "CHALLENGER");
        assertThat(run.path("decision").asText()).contains("candidate RPS");
        assertThat(http.get("/api/v1/alerts").status()).isEqualTo(200);
    }

    @Test
    @Order(Order.DEFAULT + 4)
    void aRequestWithPricesIsServedByThePricedChampionAndThePricesMoveTheForecast() {
        league.training.train(new ModelTraining.Request(Division.of("E0"), "gbm", ModelTraining.pricedModelName(Division.of("E0")),
                null, 0));
        await("the priced champion is served").atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/model/info").json().path("with_prices").path("model_type").asText(), "gbm"::equals);
        String fixture = "{\"home\":\"Ashbury\",\"away\":\"Caldermoor\",\"date\":\"2023-08-12\"";
        JsonNode strongHome = http.post("/api/v1/predict", fixture + ",\"odds\":{\"home\":1.25,\"draw\":6.0,\"away\":12.0}}").json();
        JsonNode strongAway = http.post("/api/v1/predict", fixture + ",\"odds\":{\"home\":12.0,\"draw\":6.0,\"away\":1.25}}").json();
        JsonNode none = http.post("/api/v1/predict", fixture + "}").json();
        assertThat(strongHome.path("model").path("name").asText()).isEqualTo("e0-outcome-priced");
        assertThat(strongHome.path("model").path("trainer").asText()).isEqualTo("gbm");
        assertThat(none.path("model").path("name").asText()).as("no prices: the price-free champion").isEqualTo("e0-outcome");
        double home = strongHome.path("probabilities").path("home").asDouble();
        double away = strongAway.path("probabilities").path("home").asDouble();
        assertThat(home - away).as("P(home) from a strong-home and a strong-away price set").isGreaterThan(0.3);
        assertThat(strongHome.path("predicted").asText()).isEqualTo("H");
        assertThat(strongAway.path("predicted").asText()).isEqualTo("A");
        // The reference /predict always sends prices: it is answered by the priced champion too.
        JsonNode reference = http.post("/predict", "{\"home_team\":\"Ashbury\",\"away_team\":\"Caldermoor\",\"home_odds\":1.25,"
                + "\"draw_odds\":6.0,\"away_odds\":12.0}").json();
        assertThat(reference.path("model_version").asText()).startsWith("e0-outcome-priced:");
        assertThat(reference.path("predicted_result").asText()).isEqualTo("Home Win");
    }

    @Test
    @Order(Order.DEFAULT + 5)
    void aChallengerShadowsEveryServedForecastAndIsJudgedOnTheSettledPairs() throws InterruptedException {
        ModelVersion challenger = registerClimatology();
        Map<String, String> key = Map.of(ADMIN, ServedLeague.API_KEY);
        String body = "{\"name\":\"e0-outcome\",\"version\":" + challenger.version() + ",\"reason\":\"shadow the baseline\"}";
        assertThat(http.post("/api/v1/admin/challengers", body).status()).isEqualTo(401);
        Http.Reply added = http.post("/api/v1/admin/challengers", body, key);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("decision").asText()).isEqualTo("collecting");
        Http.Reply twice = http.post("/api/v1/admin/challengers", body, key);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("type").asText()).endsWith("already-challenger");

        long servedBefore = http.get("/api/v1/predictions?size=1").json().path("total").asLong();
        // Forty fixtures of the next season, forecast before they are played; their results arrive with the season's file.
        List<String> teams = new ArrayList<>();
        http.get("/api/v1/teams?division=E0").json().path("teams").forEach(t -> teams.add(t.path("name").asText()));
        io.matchday.testsupport.CsvFixture results = io.matchday.testsupport.CsvFixture.modern();
        List<String[]> fixtures = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            java.time.LocalDate date = java.time.LocalDate.of(2023, 8, 12).plusWeeks(round);
            for (int i = 0; i < 10; i++) {
                String home = teams.get((i + round) % teams.size());
                String away = teams.get((teams.size() - 1 - i + round) % teams.size());
                fixtures.add(new String[]{home, away, date.toString()});
                results.add(io.matchday.testsupport.CsvFixture.row(date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        home, away, (i + round) % 3, (2 * i + round) % 2));
            }
        }
        for (String[] f : fixtures) {
            Http.Reply answer = http.post("/api/v1/predict", "{\"home\":\"" + f[0] + "\",\"away\":\"" + f[1]
                    + "\",\"date\":\"" + f[2] + "\"}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().path("model").path("name").asText()).isEqualTo("e0-outcome");
        }
        // A second request for a match is a second shadow forecast, but the same piece of evidence.
        http.post("/api/v1/predict", "{\"home\":\"" + fixtures.get(0)[0] + "\",\"away\":\"" + fixtures.get(0)[1]
                + "\",\"date\":\"" + fixtures.get(0)[2] + "\"}");
        await("the shadow forecasts reach the ledger").atMost(Duration.ofSeconds(20))
                .until(() -> http.get("/api/v1/challengers").json().get(0).path("forecasts").asInt() == 41);
        assertThat(http.get("/api/v1/challengers").json().get(0).path("settled").asInt()).as("nothing played yet").isZero();
        league.ingest("2324", results.text());
        JsonNode c = http.get("/api/v1/challengers").json().get(0);
        assertThat(c.path("name").asText()).isEqualTo("e0-outcome");
        assertThat(c.path("challenger_version").asInt()).isEqualTo(challenger.version());
        assertThat(c.path("trainer").asText()).isEqualTo("climatology");
        assertThat(c.path("settled").asInt()).as("one pair per match").isEqualTo(40);
        double mean = c.path("mean_rps_difference").asDouble();
        assertThat(c.path("sequence").get(0).asDouble()).isLessThanOrEqualTo(mean);
        assertThat(c.path("sequence").get(1).asDouble()).isGreaterThanOrEqualTo(mean);
        assertThat(c.path("e_value").asDouble()).isNotNegative();
        assertThat(c.path("decision").asText()).isIn("collecting", "promote", "keep champion");
        assertThat(c.path("block_bootstrap").size()).isEqualTo(2);
        assertThat(http.get("/api/v1/predictions?size=1").json().path("total").asLong())
                .as("shadow forecasts are not served forecasts").isEqualTo(servedBefore + 41);
        JsonNode track = http.get("/api/v1/challengers/e0-outcome/" + challenger.version()).json();
        assertThat(track.path("steps")).hasSize(40);
        assertThat(track.path("steps").get(39).path("mean_rps_difference").asDouble()).isCloseTo(mean, within(1e-12));

        runJob("judge-challengers");
        assertThat(lastRun("judge-challengers").path("message").asText())
                .contains("e0-outcome v" + challenger.version() + " (climatology): ");

        assertThat(http.delete("/api/v1/admin/challengers/e0-outcome/" + challenger.version(), key).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/challengers").json()).isEmpty();
        assertThat(http.get("/api/v1/challengers/e0-outcome/" + challenger.version()).status()).isEqualTo(404);
    }

    private ModelVersion registerClimatology() {
        var history = new io.matchday.data.MatchRepository(league.database.dataSource(), io.matchday.data.TeamNames.standard())
                .matches(io.matchday.data.Division.of("E0"), io.matchday.data.SeasonRange.ALL);
        String run = new io.matchday.registry.RunTracker(league.database.dataSource(),
                new io.matchday.registry.ArtifactStore(league.settings.artifacts()), java.time.Clock.systemUTC())
                .start(new io.matchday.registry.RunTracker.Start("train", "E0", null, null, "f", "test", Map.of(), Map.of()));
        return league.registry.register("e0-outcome", run, "climatology", ModelZoo.trainer("climatology").train(TrainingData.all(history)));
    }

    private int servedVersion() {
        return http.get("/api/v1/health").json().path("models").get(0).path("version").asInt();
    }
}
