package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.data.SeasonRange;
import io.matchday.registry.ModelTraining;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The whole pipeline on the embedded defaults: ingest every season the data source has, "
            + "print what is stored, load the source's upcoming fixtures, then for every division with three complete seasons "
            + "or more race the candidate models through the promotion gate for <division>-outcome (forecasts without prices) "
            + "and <division>-outcome-priced (with prices, where the division has them); then serve the console and the API "
            + "over HTTP (--no-serve stops before)."})
final class DemoCommand extends StoreCommand implements Callable<Integer> {

    @picocli.CommandLine.Option(names = "--no-serve", description = "Stop after training instead of starting the service.")
    boolean noServe;

    @picocli.CommandLine.Option(names = "--port", defaultValue = "8080", description = "Port of the service. Default: ${DEFAULT-VALUE}")
    int port;

    /** A division is trained when it has at least this many complete seasons stored. */
    static final int MIN_COMPLETE_SEASONS = 3;

    /**
     * Divisions with at least {@link #MIN_COMPLETE_SEASONS} complete seasons: every team met every other home
     * and away (a season stopped early, or one still running, is not complete).
     */
    static List<Division> trainable(List<io.matchday.data.SeasonSummary> seasons) {
        java.util.Map<Division, Long> complete = new java.util.TreeMap<>();
        for (var s : seasons) {
            if (s.teams() > 1 && s.matches() == s.teams() * (s.teams() - 1)) {
                complete.merge(s.division(), 1L, Long::sum);
            }
        }
        return complete.entrySet().stream().filter(e -> e.getValue() >= MIN_COMPLETE_SEASONS).map(java.util.Map.Entry::getKey)
                .toList();
    }

    /**
     * Races the division's candidates for each of its names (price-free, and priced where it has prices), unless the
     * name's champion is already one of them trained on exactly the stored data.
     */
    static void trainChampions(Matchday matchday, Division division, PrintWriter out) {
        String fingerprint = currentFingerprint(matchday, division);
        for (ModelTraining.Race race : matchday.training().defaultRaces(division, null, ModelTraining.DEFAULT_GATE_MARGIN, null)) {
            var champion = matchday.registry().champion(race.register());
            if (champion.isPresent() && race.candidates().contains(champion.get().trainer())
                    && matchday.runs().find(champion.get().runId()).map(r -> fingerprint.equals(r.dataFingerprint())).orElse(false)) {
                out.printf("%s champion is version %d, %s, trained on exactly the stored data: nothing to train.%n",
                        race.register(), champion.get().version(), champion.get().trainer());
            } else {
                TrainCommand.race(matchday, race, out);
            }
        }
    }

    private static String currentFingerprint(Matchday matchday, Division division) {
        var history = matchday.matches().matches(division, SeasonRange.ALL);
        return io.matchday.models.TrainingData.all(history).fingerprint();
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = out();
        try (Matchday matchday = open()) {
            out.println("Matchday demo");
            out.println("  data source: " + matchday.settings().store().dataUrl());
            out.println("  database:    " + matchday.settings().store().database().url());
            List<Division> divisions = matchday.ingest().client().listDivisions();
            if (divisions.isEmpty()) {
                divisions = List.of(Division.of("E0"));
            }
            out.println("  divisions:   " + divisions);
            out.println();
            IngestRun.run(matchday, divisions, SeasonRange.ALL, out);
            out.println();
            matchday.operations().loadFixtures().ifPresent(n -> out.println(n + " upcoming fixtures loaded from the source"));
            List<Division> trained = trainable(matchday.matches().seasons());
            if (trained.isEmpty()) {
                out.println("No division has " + MIN_COMPLETE_SEASONS + " complete seasons stored: nothing to train.");
            }
            for (Division division : trained) {
                out.println();
                trainChampions(matchday, division, out);
            }
            if (trained.contains(Division.DEFAULT)) {
                // the console's Table page has one projection to show; the predict-upcoming job projects every division
                out.println();
                out.println(matchday.projections().refresh(List.of(Division.DEFAULT)));
            }
            out.println();
            out.println("Next: " + (noServe ? "'matchday serve' for the console, " : "the console (its URL follows), ")
                    + "'matchday models', 'matchday predict --home Arsenal --away Chelsea --explain', 'matchday project', "
                    + "'matchday backtest --models dixon-coles,elo --html report.html'.");
        }
        if (!noServe) {
            out.println();
            ServeCommand.serve(store.settings(), port, null, null, out);
        }
        return 0;
    }
}
