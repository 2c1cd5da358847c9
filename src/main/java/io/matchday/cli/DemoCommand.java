package io.matchday.cli;

import io.matchday.data.Division;
import io.matchday.data.SeasonRange;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The whole pipeline on the embedded defaults: ingest every season the data source has, "
            + "print what is stored, then train the default model (dixon-coles), register it as <division>-outcome "
            + "and make it champion through the promotion gate; then serve forecasts over HTTP (--no-serve stops before)."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    static final String DEFAULT_MODEL = "dixon-coles";

    @picocli.CommandLine.Option(names = "--no-serve", description = "Stop after training instead of starting the service.")
    boolean noServe;

    @picocli.CommandLine.Option(names = "--port", defaultValue = "8080", description = "Port of the service. Default: ${DEFAULT-VALUE}")
    int port;

    private static String currentFingerprint(Workspace workspace, Division division) {
        var history = workspace.matches.matches(division, SeasonRange.ALL);
        return io.matchday.models.TrainingData.all(history).fingerprint();
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(store.settings())) {
            out.println("Matchday demo");
            out.println("  data source: " + workspace.settings.dataUrl());
            out.println("  database:    " + workspace.settings.database().url());
            List<Division> divisions = workspace.ingest.client().listDivisions();
            if (divisions.isEmpty()) {
                divisions = List.of(Division.of("E0"));
            }
            out.println("  divisions:   " + divisions);
            out.println();
            IngestRun.run(workspace, divisions, SeasonRange.ALL, out);
            out.println();
            Division main = divisions.contains(Division.of("E0")) ? Division.of("E0") : divisions.get(0);
            String name = io.matchday.registry.ModelTraining.defaultModelName(main);
            var champion = workspace.registry.champion(name);
            String fingerprint = currentFingerprint(workspace, main);
            if (champion.isPresent() && champion.get().trainer().equals(DEFAULT_MODEL) && workspace.runs.find(champion.get().runId())
                    .map(r -> fingerprint.equals(r.dataFingerprint())).orElse(false)) {
                out.printf("%s champion is version %d, %s, trained on exactly the stored data: nothing to train.%n",
                        name, champion.get().version(), DEFAULT_MODEL);
            } else {
                TrainCommand.train(workspace, main, DEFAULT_MODEL, name, null, io.matchday.registry.PromotionGate.DEFAULT_MARGIN, out);
            }
            out.println();
            out.println("Next: 'matchday seasons', 'matchday models', 'matchday predict --home Arsenal --away Chelsea', "
                    + "'matchday backtest --models dixon-coles,elo --html report.html'.");
        }
        if (!noServe) {
            out.println();
            ServeCommand.serve(store.settings(), port, null, out);
        }
        return 0;
    }
}
