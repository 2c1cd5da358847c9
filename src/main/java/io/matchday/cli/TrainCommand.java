package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.models.CodeVersion;
import io.matchday.models.TrainingData;
import io.matchday.registry.ModelTraining;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model on every stored match of a division, record the run and save the model.",
            "It becomes the next version of NAME (--register, default <division>-outcome) and goes through the promotion gate: it is "
                + "backtested against the champion on the validation season and becomes champion only if it is "
                + "clearly better, else challenger."})
final class TrainCommand extends StoreCommand implements Callable<Integer> {

    @Option(names = {"-m", "--model"}, defaultValue = "dixon-coles", description = "Model. Default: ${DEFAULT-VALUE}")
    String model;

    @Mixin
    DivisionOption division;

    @Option(names = "--register", paramLabel = "NAME",
            description = "Register as the next version of this model. Default: <division>-outcome, e.g. e0-outcome.")
    String register;

    @Option(names = "--no-register", description = "Only train and record the run; register nothing.")
    boolean noRegister;

    @Option(names = "--margin", defaultValue = "" + ModelTraining.DEFAULT_GATE_MARGIN, paramLabel = "RPS",
            description = "The gate's margin: the CI of the RPS difference must lie below minus this. Default: ${DEFAULT-VALUE}")
    double margin;

    @Option(names = "--validation", paramLabel = "SEASON",
            description = "Season the promotion gate backtests on. Default: the last complete stored season.")
    String validation;

    @Override
    public Integer call() {
        try (Matchday matchday = open()) {
            Division div = division.value();
            String name = noRegister ? null : register != null ? register : ModelTraining.defaultModelName(div);
            train(matchday, div, model, name, validation, margin, out());
        }
        return 0;
    }

    /** Trains, records the run, and with {@code register} registers and gates the model; shared with demo. */
    static void train(Matchday matchday, Division division, String model, String register, String validation,
                      double margin, PrintWriter out) {
        ModelTraining.Outcome outcome = matchday.training().train(new ModelTraining.Request(division, model, register,
                validation, margin));
        TrainingData data = outcome.data();
        out.printf("trained %s on %d matches (%s to %s), data %s, code %s; run %s%n", model, data.matches().size(),
                data.firstDate(), data.lastDate(), data.fingerprint().substring(0, 12), CodeVersion.current(), outcome.runId());
        outcome.version().ifPresent(version -> out.printf("registered %s version %d -> %s%n", register, version.version(),
                version.decision()));
    }
}
