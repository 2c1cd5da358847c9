package io.matchday.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.MatchdayException;
import io.matchday.MatchdaySettings;
import io.matchday.data.Division;
import io.matchday.data.MatchRepository;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.simulation.SeasonSimulation;
import io.matchday.simulation.SimulationConfig;
import io.matchday.simulation.SimulationHtmlReport;
import io.matchday.simulation.SimulationReport;
import io.matchday.simulation.Staking;
import io.matchday.simulation.Strategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Season replays as jobs of this node: start one, follow its progress, download its report when it ends. */
@RestController
@Tag(name = "simulations", description = "Season replays with betting, run in the background")
class SimulationsController implements DisposableBean {

    private static final int KEPT = 20;

    @Schema(description = "A replay, as `matchday simulate` takes it")
    record SimulationRequest(@Schema(example = "E0") String division, @Schema(example = "2023-24") String seasons,
                             @Schema(example = "2023-24") String to, @Schema(example = "dixon-coles") String model,
                             @Schema(example = "weekly", allowableValues = {"never", "weekly", "on-trigger"}) String retrain,
                             @Schema(example = "value") String strategy, @Schema(example = "flat:1") String stake,
                             Double valueThreshold, Double bankroll, Long seed) {
    }

    record SimulationStatus(String id, String status, int weeksDone, int weeks, Instant startedAt, Instant endedAt,
                            String error, Map<String, Object> summary) {
    }

    private static final class Run {
        final String id;
        final int weeks;
        final AtomicInteger done = new AtomicInteger();
        final Instant startedAt;
        volatile String status = "QUEUED";
        volatile Instant endedAt;
        volatile String error;
        volatile SimulationReport report;

        Run(String id, int weeks, Instant startedAt) {
            this.id = id;
            this.weeks = weeks;
            this.startedAt = startedAt;
        }
    }

    private final MatchRepository matches;
    private final MatchdaySettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, Run> runs = java.util.Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Run> eldest) {
            return size() > KEPT;
        }
    });
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "simulation");
        t.setDaemon(true);
        return t;
    });

    SimulationsController(MatchRepository matches, MatchdaySettings settings, ObjectMapper json, Clock clock) {
        this.matches = matches;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/simulations", consumes = "application/json", produces = "application/json")
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Start a season replay (202); follow it at the Location, download its report when it ends")
    ResponseEntity<SimulationStatus> start(@RequestBody SimulationRequest request) {
        SimulationConfig config;
        try {
            if (request.seasons() == null) {
                throw ApiProblem.invalid("/seasons", "is required, e.g. 2023-24");
            }
            Season first = Season.parse(request.seasons());
            config = new SimulationConfig(Division.of(request.division() == null ? "E0" : request.division()),
                    SeasonRange.of(first, request.to() == null ? first : Season.parse(request.to())),
                    request.model() == null ? "dixon-coles" : request.model(),
                    SimulationConfig.Retrain.parse(request.retrain() == null ? "weekly" : request.retrain()),
                    Strategy.parse(request.strategy() == null ? "value" : request.strategy()),
                    Staking.parse(request.stake() == null ? "flat:1" : request.stake()),
                    request.valueThreshold() == null ? SimulationConfig.DEFAULT_VALUE_THRESHOLD : request.valueThreshold(),
                    request.bankroll() == null ? SimulationConfig.DEFAULT_BANKROLL : request.bankroll(),
                    SimulationConfig.DEFAULT_MARGIN, SimulationConfig.DEFAULT_NOISE,
                    request.seed() == null ? SimulationConfig.DEFAULT_SEED : request.seed());
            io.matchday.models.ModelZoo.trainer(config.model());
        } catch (MatchdayException e) {
            throw ApiProblem.invalid("/", e.getMessage());
        }
        var history = matches.matches(config.division(), SeasonRange.ALL);
        int weeks = SeasonSimulation.weeks(history, config.seasons());
        if (weeks == 0) {
            throw ApiProblem.notFound("no-matches", "Nothing to replay", "no stored matches of " + config.division() + " in "
                    + config.seasons());
        }
        Run run = new Run(io.matchday.monitoring.LedgerIds.next(clock.instant()), weeks, clock.instant());
        runs.put(run.id, run);
        executor.submit(() -> {
            run.status = "RUNNING";
            try {
                var scratch = Files.createTempDirectory("matchday-replay");
                run.report = new SeasonSimulation(settings.dataUrl(), scratch).run(history, config, w -> run.done.incrementAndGet());
                run.status = "SUCCEEDED";
            } catch (Exception e) {
                run.error = e.getMessage();
                run.status = "FAILED";
            } finally {
                run.endedAt = clock.instant();
            }
        });
        return ResponseEntity.accepted().location(URI.create("/api/v1/simulations/" + run.id)).body(status(run));
    }

    @GetMapping(path = "/api/v1/simulations", produces = "application/json")
    @Operation(summary = "Recent replays on this node")
    List<SimulationStatus> list() {
        synchronized (runs) {
            return runs.values().stream().map(this::status).toList();
        }
    }

    @GetMapping(path = "/api/v1/simulations/{id}", produces = "application/json")
    @Operation(summary = "A replay's progress (weeks done of weeks) and, when it ends, its headline numbers")
    SimulationStatus get(@PathVariable String id) {
        return status(find(id));
    }

    @GetMapping(path = "/api/v1/simulations/{id}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The finished replay's self-contained HTML report")
    String html(@PathVariable String id) {
        return new SimulationHtmlReport().render(finished(id));
    }

    @GetMapping(path = "/api/v1/simulations/{id}/report.json", produces = "application/json")
    @Operation(summary = "The finished replay as JSON (as `matchday simulate --json` writes it)")
    SimulationReport report(@PathVariable String id) {
        return finished(id);
    }

    private SimulationReport finished(String id) {
        Run run = find(id);
        if (run.report == null) {
            throw new ApiProblem(org.springframework.http.HttpStatus.CONFLICT, "not-finished", "Not finished",
                    "replay " + id + " is " + run.status + (run.error == null ? "" : ": " + run.error), List.of(), Map.of());
        }
        return run.report;
    }

    private Run find(String id) {
        Run run = runs.get(id);
        if (run == null) {
            throw ApiProblem.notFound("unknown-simulation", "Unknown simulation", "no replay " + id + " on this node");
        }
        return run;
    }

    private SimulationStatus status(Run run) {
        SimulationReport r = run.report;
        Map<String, Object> summary = r == null ? null : Map.of("matches", r.matches(), "rps", r.rps(),
                "market_rps", r.marketRps() == null ? Double.NaN : r.marketRps(), "roi", r.roi(), "max_drawdown", r.maxDrawdown(),
                "retrains", r.retrains());
        return new SimulationStatus(run.id, run.status, run.done.get(), run.weeks, run.startedAt, run.endedAt, run.error, summary);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
