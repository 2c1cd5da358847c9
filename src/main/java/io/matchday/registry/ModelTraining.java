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
import io.matchday.models.ModelCache;
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

    /** The gate's margin unless told otherwise: a candidate must beat the champion, by any amount that holds. */
    public static final double DEFAULT_GATE_MARGIN = 0.0;

    /**
     * What to train. {@code register} null only records the run; {@code validation} null means the
     * last complete stored season; {@code margin} is the gate's; {@code asOf}, when set, limits the
     * history to matches before that day (a replay's simulated clock), else every stored match counts.
     */
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

    /** The registered model name a division's forecasts with prices come from, e.g. {@code e0-outcome-priced}. */
    public static String pricedModelName(Division division) {
        return defaultModelName(division) + PRICED_SUFFIX;
    }

    private static final String PRICED_SUFFIX = "-priced";

    /** As a model to train: the name's candidate set, raced through the gate ({@link #candidates}). */
    public static final String CANDIDATES = "candidates";

    /** The candidates a name races by default: the priced set for a {@code -priced} name, else the price-free set. */
    public static List<String> candidates(String name) {
        return name.endsWith(PRICED_SUFFIX) ? ModelZoo.PRICED_CANDIDATES : ModelZoo.PRICE_FREE_CANDIDATES;
    }

    /** The name a single model registers under by default: the priced name when it forecasts from prices. */
    public static String defaultName(Division division, String model) {
        return !model.equals(CANDIDATES) && ModelZoo.trainer(model).usesPrices() ? pricedModelName(division)
                : defaultModelName(division);
    }

    /** Share of a season's matches that must have pre-closing prices for the division to get a priced champion. */
    static final double PRICED_SHARE = 0.9;

    /**
     * The races a division's training runs by default: its price-free name always; its priced name too when the
     * validation season's matches have pre-closing prices (nearly all of them), since only then can the gate judge it.
     */
    public List<Race> defaultRaces(Division division, String validation, double margin, LocalDate asOf) {
        List<Match> history = history(division, asOf);
        Season season = validationSeason(history, validation);
        List<Match> validating = history.stream().filter(m -> m.season().equals(season)).toList();
        long priced = validating.stream().filter(m -> m.odds().averageOpening().isPresent()).count();
        List<Race> races = new ArrayList<>(List.of(new Race(division, ModelZoo.PRICE_FREE_CANDIDATES, defaultModelName(division),
                validation, margin, asOf)));
        if (!validating.isEmpty() && priced >= PRICED_SHARE * validating.size()) {
            Optional<String> problem = io.matchday.models.BoostedTreesTrainer.nativeLibraryProblem();
            if (problem.isEmpty()) {
                races.add(new Race(division, ModelZoo.PRICED_CANDIDATES, pricedModelName(division), validation, margin, asOf));
            } else {
                // Every priced candidate boosts trees: without XGBoost there is nothing to race, and the rest still is.
                org.slf4j.LoggerFactory.getLogger(ModelTraining.class).warn("{}: left out — {}", pricedModelName(division),
                        problem.get());
            }
        }
        return races;
    }

    /**
     * Several candidates for one registered name: each is trained on the same history with its own run and registered
     * as a version, then the gate backtests them all (with the champion) on the validation season and picks the champion.
     */
    public record Race(Division division, List<String> candidates, String register, String validation, double margin,
                       LocalDate asOf) {
        public Race {
            candidates = List.copyOf(candidates);
            if (candidates.isEmpty() || register == null) {
                throw new MatchdayException("a race needs candidates and a name to register them under");
            }
        }
    }

    /**
     * Trains one model, or with {@link #CANDIDATES} the register name's candidate set; when registering, the outcome is
     * the champion's (or, when none of the candidates became champion, the best of them).
     */
    public Outcome train(Request request) {
        if (request.register() != null) {
            List<String> candidates = request.model().equals(CANDIDATES) ? candidates(request.register()) : List.of(request.model());
            List<Outcome> outcomes = race(new Race(request.division(), candidates, request.register(), request.validation(),
                    request.margin(), request.asOf()));
            return outcomes.stream().filter(o -> o.decision().map(GateDecision::promote).orElse(false)).findFirst()
                    .orElseGet(() -> outcomes.stream().min(java.util.Comparator.comparingDouble(
                            o -> o.decision().map(GateDecision::candidateRps).orElse(Double.MAX_VALUE))).orElseThrow());
        }
        if (request.model().equals(CANDIDATES)) {
            throw new MatchdayException("the candidates race needs a name to register under");
        }
        List<Match> history = history(request.division(), request.asOf());
        TrainingData data = TrainingData.all(history);
        String runId = start(request.division(), request.model(), null, data);
        try {
            fit(runId, request.model(), data, new ModelCache());
            runs.finish(runId);
            return new Outcome(runId, data, Optional.empty(), Optional.empty(), Optional.empty());
        } catch (RuntimeException e) {
            runs.fail(runId, e);
            throw e;
        }
    }

    /**
     * Trains every candidate, registers each as a version of the race's name, and lets the gate choose: one outcome per
     * candidate, in the candidates' order. A candidate whose training fails fails its run and leaves the race; the race
     * fails only when none is left.
     */
    public List<Outcome> race(Race race) {
        List<Match> history = history(race.division(), race.asOf());
        TrainingData data = TrainingData.all(history);
        String name = race.register();
        Optional<ModelVersion> champion = registry.champion(name);
        ModelCache cache = new ModelCache();
        List<String> entered = new ArrayList<>();
        List<String> runIds = new ArrayList<>();
        List<ModelVersion> versions = new ArrayList<>();
        RuntimeException lastFailure = null;
        for (String candidate : race.candidates()) {
            String runId = start(race.division(), candidate, name, data);
            try {
                Model trained = fit(runId, candidate, data, cache);
                versions.add(registry.register(name, runId, candidate, trained));
                entered.add(candidate);
                runIds.add(runId);
            } catch (RuntimeException e) {
                runs.fail(runId, e);
                lastFailure = e;
            }
        }
        if (entered.isEmpty()) {
            throw lastFailure;
        }
        KillPoints.reach("train.registered");
        try {
            Season season = validationSeason(history, race.validation());
            List<GateDecision> decisions = new PromotionGate(race.margin(), PairedBootstrap.DEFAULT)
                    .decide(history, SeasonRange.of(season, season), entered, champion.map(ModelVersion::trainer));
            // Losers first, the best last, so the best loser holds the challenger alias; the champion moves last of all.
            List<Integer> order = java.util.stream.IntStream.range(0, entered.size()).boxed()
                    .sorted(java.util.Comparator.<Integer>comparingInt(i -> decisions.get(i).promote() ? 1 : 0)
                            .thenComparing(i -> -decisions.get(i).candidateRps()))
                    .toList();
            for (int i : order) {
                GateDecision decision = decisions.get(i);
                runs.logMetrics(runIds.get(i), validationMetrics(decision));
                registry.decide(name, versions.get(i).version(), "validation " + season + ": " + decision.summary(),
                        decision.alias(), "gate: " + decision.reason());
            }
            KillPoints.reach("train.decided");
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < entered.size(); i++) {
                runs.finish(runIds.get(i));
                outcomes.add(new Outcome(runIds.get(i), data, Optional.of(registry.version(name, versions.get(i).version())),
                        Optional.of(decisions.get(i)), Optional.of(season)));
            }
            return outcomes;
        } catch (RuntimeException e) {
            runIds.forEach(id -> runs.fail(id, e));
            throw e;
        }
    }

    private String start(Division division, String model, String register, TrainingData data) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("model", model);
        return runs.start(new RunTracker.Start("train", division.code(), data.firstDate(), data.lastDate(),
                data.fingerprint(), CodeVersion.current(), parameters,
                register == null ? Map.of() : Map.of("registered_model", register)));
    }

    private Model fit(String runId, String model, TrainingData data, ModelCache cache) {
        Model trained = ModelZoo.trainer(model, cache).train(data);
        if (ModelCodec.canSave(trained)) {
            runs.logArtifact(runId, "model.json", "application/json", new ModelCodec().encode(trained));
        }
        return trained;
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

    private List<Match> history(Division division, LocalDate asOf) {
        return history(division).stream().filter(m -> asOf == null || m.date().isBefore(asOf)).toList();
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
