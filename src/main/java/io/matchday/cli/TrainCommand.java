package io.matchday.cli;

import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.models.CodeVersion;
import io.matchday.models.Model;
import io.matchday.models.ModelCodec;
import io.matchday.models.ModelZoo;
import io.matchday.models.TrainingData;
import io.matchday.registry.GateDecision;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelVersion;
import io.matchday.registry.PromotionGate;
import io.matchday.registry.RunMetric;
import io.matchday.registry.RunTracker;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model on every stored match of a division, record the run and save the model.",
            "It becomes the next version of NAME (--register, default <division>-outcome) and goes through the promotion gate: it is "
                + "backtested against the champion on the validation season and becomes champion only if it is "
                + "clearly better, else challenger."})
final class TrainCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, defaultValue = "dixon-coles", description = "Model. Default: ${DEFAULT-VALUE}")
    String model;

    @Option(names = {"-d", "--division"}, defaultValue = "E0", description = "Division. Default: ${DEFAULT-VALUE}")
    String division;

    @Option(names = "--register", paramLabel = "NAME",
            description = "Register as the next version of this model. Default: <division>-outcome, e.g. e0-outcome.")
    String register;

    @Option(names = "--no-register", description = "Only train and record the run; register nothing.")
    boolean noRegister;

    @Option(names = "--margin", defaultValue = "0", paramLabel = "RPS",
            description = "The gate's margin: the CI of the RPS difference must lie below minus this. Default: ${DEFAULT-VALUE}")
    double margin;

    @Option(names = "--validation", paramLabel = "SEASON",
            description = "Season the promotion gate backtests on. Default: the last complete stored season.")
    String validation;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.open(store.settings())) {
            Division div = Division.of(division);
            String name = noRegister ? null
                    : register != null ? register : div.code().toLowerCase(java.util.Locale.ROOT) + "-outcome";
            train(workspace, div, model, name, validation, margin, spec.commandLine().getOut());
        }
        return 0;
    }

    /** Trains, records the run, and with {@code register} registers and gates the model; shared with demo. */
    static void train(Workspace workspace, Division division, String model, String register, String validation,
                      double margin, PrintWriter out) {
        List<Match> history = workspace.matches.matches(division, SeasonRange.ALL);
        if (history.isEmpty()) {
            throw new MatchdayException("no stored matches in " + division + ": run 'matchday ingest' first");
        }
        TrainingData data = TrainingData.all(history);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("model", model);
        String runId = workspace.runs.start(new RunTracker.Start("train", division.code(), data.firstDate(), data.lastDate(),
                data.fingerprint(), CodeVersion.current(), parameters, register == null ? Map.of() : Map.of("registered_model", register)));
        try {
            Model trained = ModelZoo.trainer(model).train(data);
            if (ModelCodec.canSave(trained)) {
                workspace.runs.logArtifact(runId, "model.json", "application/json", new ModelCodec().encode(trained));
            }
            out.printf("trained %s on %d matches (%s to %s), data %s, code %s; run %s%n", model, data.matches().size(),
                    data.firstDate(), data.lastDate(), data.fingerprint().substring(0, 12), CodeVersion.current(), runId);
            if (register != null) {
                registerAndGate(workspace, history, runId, trained, model, register, validation, margin, out);
            }
            workspace.runs.finish(runId);
        } catch (RuntimeException e) {
            workspace.runs.fail(runId, e);
            throw e;
        }
    }

    private static void registerAndGate(Workspace workspace, List<Match> history, String runId, Model trained, String model,
                                        String register, String validation, double margin, PrintWriter out) {
        Optional<ModelVersion> champion = workspace.registry.champion(register);
        ModelVersion version = workspace.registry.register(register, runId, model, trained);
        Season season = validationSeason(history, validation);
        GateDecision decision = new PromotionGate(margin, PairedBootstrap.DEFAULT)
                .decide(history, SeasonRange.of(season, season), model, champion.map(ModelVersion::trainer));
        workspace.runs.logMetrics(runId, List.of(RunMetric.of("validation.rps", decision.candidateRps())));
        String text = "validation " + season + ": " + decision.summary();
        workspace.registry.recordDecision(register, version.version(), text);
        workspace.registry.moveAlias(register, decision.alias(), version.version(), "gate: " + decision.reason(), false);
        out.printf("registered %s version %d -> %s%n", register, version.version(), text);
    }

    /** The season the gate and the model card validate on: the one asked for, else the last complete one. */
    static Season validationSeason(List<Match> history, String asked) {
        return asked == null ? lastCompleteSeason(history) : Season.parse(asked);
    }

    /** The latest season with as many matches as the one before it (a partial season is not a validation set). */
    static Season lastCompleteSeason(List<Match> history) {
        Map<Season, Long> counts = new java.util.TreeMap<>();
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
