package io.matchday.registry;

import io.matchday.KillPoints;
import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.MatchRepository;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.models.CodeVersion;
import io.matchday.models.Model;
import io.matchday.models.ModelCodec;
import io.matchday.models.ModelZoo;
import io.matchday.models.TrainingData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The life cycle steps every entry point shares (CLI, API, scheduled jobs): train on the stored
 * history with a recorded run, register the model and send it through the promotion gate, and
 * promote an existing version through the gate.
 */
public final class ModelTraining {

    private final MatchRepository matches;
    private final RunTracker runs;
    private final ModelRegistry registry;

    public ModelTraining(MatchRepository matches, RunTracker runs, ModelRegistry registry) {
        this.matches = matches;
        this.runs = runs;
        this.registry = registry;
    }

    /**
     * What to train. {@code register} null only records the run; {@code validation} null means the
     * last complete stored season; {@code margin} is the gate's; {@code asOf}, when set, limits the
     * history to matches before that day (a replay's simulated clock), else every stored match counts.
     */
    /** The gate's margin unless told otherwise: a candidate must beat the champion, by any amount that holds. */
    public static final double DEFAULT_GATE_MARGIN = 0.0;

    public record Request(Division division, String model, String register, String validation, double margin, LocalDate asOf) {
        public Request(Division division, String model, String register, String validation, double margin) {
            this(division, model, register, validation, margin, null);
        }
    }

    /** What training did: the run, the training window, and — when registered — the version and the gate's verdict. */
    public record Outcome(String runId, TrainingData data, Optional<ModelVersion> version, Optional<GateDecision> decision,
                          Optional<Season> validationSeason) {
    }

    /** The registered model name a division's forecasts come from by default, e.g. {@code e0-outcome}. */
    public static String defaultModelName(Division division) {
        return division.code().toLowerCase(Locale.ROOT) + "-outcome";
    }

    public Outcome train(Request request) {
        List<Match> history = history(request.division()).stream()
                .filter(m -> request.asOf() == null || m.date().isBefore(request.asOf())).toList();
        TrainingData data = TrainingData.all(history);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("model", request.model());
        String runId = runs.start(new RunTracker.Start("train", request.division().code(), data.firstDate(), data.lastDate(),
                data.fingerprint(), CodeVersion.current(), parameters,
                request.register() == null ? Map.of() : Map.of("registered_model", request.register())));
        try {
            Model trained = ModelZoo.trainer(request.model()).train(data);
            if (ModelCodec.canSave(trained)) {
                runs.logArtifact(runId, "model.json", "application/json", new ModelCodec().encode(trained));
            }
            Outcome outcome = new Outcome(runId, data, Optional.empty(), Optional.empty(), Optional.empty());
            if (request.register() != null) {
                outcome = registerAndGate(request, history, runId, data, trained);
            }
            runs.finish(runId);
            return outcome;
        } catch (RuntimeException e) {
            runs.fail(runId, e);
            throw e;
        }
    }

    private Outcome registerAndGate(Request request, List<Match> history, String runId, TrainingData data, Model trained) {
        String name = request.register();
        Optional<ModelVersion> champion = registry.champion(name);
        ModelVersion version = registry.register(name, runId, request.model(), trained);
        KillPoints.reach("train.registered");
        Season season = validationSeason(history, request.validation());
        GateDecision decision = new PromotionGate(request.margin(), PairedBootstrap.DEFAULT)
                .decide(history, SeasonRange.of(season, season), request.model(), champion.map(ModelVersion::trainer));
        runs.logMetrics(runId, validationMetrics(decision));
        registry.decide(name, version.version(), "validation " + season + ": " + decision.summary(), decision.alias(),
                "gate: " + decision.reason());
        KillPoints.reach("train.decided");
        return new Outcome(runId, data, Optional.of(registry.version(name, version.version())), Optional.of(decision),
                Optional.of(season));
    }

    /**
     * Makes a version champion: through the gate (backtested against the current champion on the
     * validation season), or forced (audited as such). A refusal changes nothing and says why.
     */
    public GatedPromotion promote(String name, int version, String reason, boolean force, Division division,
                                  String validation, double margin) {
        ModelVersion candidate = registry.version(name, version);
        if (reason == null || reason.isBlank()) {
            throw new MatchdayException("a promotion needs a reason (it is kept in the audit)");
        }
        if (force) {
            if (candidate.decision() == null) {
                registry.recordDecision(name, version, "forced promotion: " + reason);
            }
            registry.moveAlias(name, ModelRegistry.CHAMPION, version, reason, true);
            return new GatedPromotion(true, Optional.empty());
        }
        List<Match> history = history(division);
        Season season = validationSeason(history, validation);
        GateDecision decision = new PromotionGate(margin, PairedBootstrap.DEFAULT).decide(history,
                SeasonRange.of(season, season), candidate.trainer(),
                registry.champion(name).filter(c -> c.version() != version).map(ModelVersion::trainer));
        KillPoints.reach("promote.decided");
        if (candidate.decision() == null) {
            // A version whose training died before the gate decided gets its decision now, with the move it implies.
            String text = "validation " + season + " (at promotion): " + decision.summary();
            if (decision.promote()) {
                registry.decide(name, version, text, ModelRegistry.CHAMPION, reason);
            } else {
                registry.decide(name, version, text, ModelRegistry.CHALLENGER, "gate at promotion: " + decision.reason());
            }
        } else if (decision.promote()) {
            registry.moveAlias(name, ModelRegistry.CHAMPION, version, reason, false);
        }
        return new GatedPromotion(decision.promote(), Optional.of(decision));
    }

    /** Whether a promotion happened, and the gate's numbers unless it was forced. */
    public record GatedPromotion(boolean promoted, Optional<GateDecision> decision) {
    }

    /** The run metrics a gated registration leaves: the candidate's validation RPS and its distance to the market. */
    static List<RunMetric> validationMetrics(GateDecision decision) {
        List<RunMetric> metrics = new ArrayList<>(List.of(RunMetric.of("validation.rps", decision.candidateRps()),
                RunMetric.of("validation.matches", decision.matches())));
        if (decision.vsMarket() != null) {
            metrics.add(RunMetric.of("validation.delta_rps_vs_market", decision.vsMarket().mean()));
            metrics.add(RunMetric.of("validation.delta_rps_vs_market.low", decision.vsMarket().low()));
            metrics.add(RunMetric.of("validation.delta_rps_vs_market.high", decision.vsMarket().high()));
            metrics.add(RunMetric.of("validation.market_rps", decision.candidateRps() - decision.vsMarket().mean()));
        }
        return metrics;
    }

    private List<Match> history(Division division) {
        List<Match> history = matches.matches(division, SeasonRange.ALL);
        if (history.isEmpty()) {
            throw new MatchdayException("no stored matches in " + division + ": run 'matchday ingest' first");
        }
        return history;
    }

    /** The season the gate and the model card validate on: the one asked for, else the last complete one. */
    public static Season validationSeason(List<Match> history, String asked) {
        return asked == null ? lastCompleteSeason(history) : Season.parse(asked);
    }

    /** The latest season with as many matches as the one before it (a partial season is not a validation set). */
    static Season lastCompleteSeason(List<Match> history) {
        Map<Season, Long> counts = new TreeMap<>();
        history.forEach(m -> counts.merge(m.season(), 1L, Long::sum));
        List<Season> seasons = List.copyOf(counts.keySet());
        for (int i = seasons.size() - 1; i > 0; i--) {
            if (counts.get(seasons.get(i)) >= counts.get(seasons.get(i - 1))) {
                return seasons.get(i);
            }
        }
        return seasons.get(seasons.size() - 1);
    }
}
