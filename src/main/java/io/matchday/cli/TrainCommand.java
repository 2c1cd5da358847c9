package io.matchday.cli;

import io.matchday.MatchdayException;
import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.models.CodeVersion;
import io.matchday.models.TrainingData;
import io.matchday.registry.ModelTraining;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train models on every stored match of a division, record a run for each and register them.",
            "Without --model, a division's candidates race: the price-free set (" + "ensemble-no-prices, state-space, gap, "
                + "dixon-coles) for <division>-outcome and, where the division has prices, the priced set (ensemble, gbm) for "
                + "<division>-outcome-priced. The promotion gate backtests every candidate and the champion on the validation "
                + "season: the champion stays (or the first candidate becomes it) unless another is clearly better; the rest "
                + "stay registered as challengers.",
            "With --model, one model is trained and goes through the same gate."})
final class TrainCommand extends StoreCommand implements Callable<Integer> {

    @Option(names = {"-m", "--model"}, description = "Train this one model instead of the candidates.")
    String model;

    @Option(names = "--candidates", split = ",", paramLabel = "MODELS",
            description = "Race these models (comma-separated) instead of the default candidate set.")
    List<String> candidates;

    @Mixin
    DivisionOption division;

    @Option(names = "--register", paramLabel = "NAME",
            description = "Register under this name. Default: <division>-outcome-priced for models that use prices, "
                    + "else <division>-outcome.")
    String register;

    @Option(names = "--no-register", description = "Only train and record the run; register nothing (needs --model).")
    boolean noRegister;

    @Option(names = "--margin", defaultValue = "" + ModelTraining.DEFAULT_GATE_MARGIN, paramLabel = "RPS",
            description = "The gate's margin: the CI of the RPS difference must lie below minus this. Default: ${DEFAULT-VALUE}")
    double margin;

    @Option(names = "--validation", paramLabel = "SEASON",
            description = "Season the promotion gate backtests on. Default: the last complete stored season.")
    String validation;

    @Override
    public Integer call() {
        if (model != null && candidates != null) {
            throw new MatchdayException("give --model or --candidates, not both");
        }
        if (noRegister && model == null) {
            throw new MatchdayException("--no-register trains one model: name it with --model");
        }
        try (Matchday matchday = open()) {
            Division div = division.value();
            PrintWriter out = out();
            if (model != null) {
                String name = noRegister ? null : register != null ? register : ModelTraining.defaultName(div, model);
                train(matchday, div, model, name, validation, margin, out);
            } else if (candidates != null) {
                String name = register != null ? register : ModelTraining.defaultName(div, candidates.get(0));
                race(matchday, new ModelTraining.Race(div, candidates, name, validation, margin, null), out);
            } else if (register != null) {
                race(matchday, new ModelTraining.Race(div, ModelTraining.candidates(register), register, validation, margin, null), out);
            } else {
                for (ModelTraining.Race race : matchday.training().defaultRaces(div, validation, margin, null)) {
                    race(matchday, race, out);
                }
            }
        }
        return 0;
    }

    /** Trains, records the run, and with {@code register} registers and gates the model. */
    static void train(Matchday matchday, Division division, String model, String register, String validation,
                      double margin, PrintWriter out) {
        ModelTraining.Outcome outcome = matchday.training().train(new ModelTraining.Request(division, model, register,
                validation, margin));
        print(outcome, model, register, out);
    }

    /** Races the candidates for one name and says which became champion; shared with demo. */
    static void race(Matchday matchday, ModelTraining.Race race, PrintWriter out) {
        out.printf("%s: racing %s%n", race.register(), String.join(", ", race.candidates()));
        List<ModelTraining.Outcome> outcomes = matchday.training().race(race);
        // A race registers every candidate that trained: each outcome has its version.
        outcomes.forEach(o -> print(o, o.version().orElseThrow().trainer(), race.register(), out));
        matchday.registry().champion(race.register()).ifPresent(c -> out.printf("%s champion: version %d, %s%n",
                race.register(), c.version(), c.trainer()));
    }

    private static void print(ModelTraining.Outcome outcome, String model, String register, PrintWriter out) {
        TrainingData data = outcome.data();
        out.printf("trained %s on %d matches (%s to %s), data %s, code %s; run %s%n", model, data.matches().size(),
                data.firstDate(), data.lastDate(), data.fingerprint().substring(0, 12), CodeVersion.current(), outcome.runId());
        outcome.version().ifPresent(version -> out.printf("registered %s version %d -> %s%n", register, version.version(),
                version.decision()));
    }
}
