package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.simulation.SeasonSimulation;
import io.matchday.simulation.SimulationConfig;
import io.matchday.simulation.SimulationReport;
import io.matchday.simulation.Staking;
import io.matchday.simulation.Strategy;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Season replays with weekly retraining of the default champion (Dixon–Coles), value bets at flat stakes: "
            + "one season and five seasons, each timed once after a warm-up replay.",
            "Targets: 38 weeks <= 10 s, five seasons <= 60 s on 2 cores."})
final class BenchSimulate extends StoreCommand.OfDivision implements Callable<Integer> {

    @Option(names = "--season", defaultValue = "2023-24", description = "The one-season replay. Default: ${DEFAULT-VALUE}")
    String season;

    @Option(names = "--seasons", defaultValue = "2019-20..2023-24", description = "The five-season replay. Default: ${DEFAULT-VALUE}")
    String seasons;

    @Mixin
    BenchResult output;

    @Override
    public Integer call() throws IOException {
        Division div = division.value();
        List<Match> history = storedMatches(div);
        PrintWriter p = out();
        run(history, div, SeasonRange.parse(season));   // warm-up: JIT and the first fits
        List<Map<String, Object>> rows = new ArrayList<>();
        p.printf("%-18s %6s %8s %9s %8s %8s%n", "replay", "weeks", "matches", "retrains", "seconds", "target");
        for (String[] c : List.of(new String[]{season, "10"}, new String[]{seasons, "60"})) {
            long start = System.nanoTime();
            SimulationReport r = run(history, div, SeasonRange.parse(c[0]));
            double seconds = (System.nanoTime() - start) / 1e9;
            p.printf("%-18s %6d %8d %9d %8.2f %8s%n", c[0], r.weeks().size(), r.matches(), r.retrains(), seconds, "<= " + c[1]);
            Map<String, Object> row = Json.fields("seasons", c[0], "weeks", r.weeks().size(), "matches", r.matches(),
                    "retrains", r.retrains(), "seconds", seconds, "target_seconds", Double.parseDouble(c[1]));
            rows.add(row);
        }
        output.write("simulate", Map.of("benchmark", "season replay, weekly retraining, dixon-coles",
                "cores", Runtime.getRuntime().availableProcessors(), "runs", rows), p);
        return 0;
    }

    private static SimulationReport run(List<Match> history, Division division, SeasonRange range) {
        return new SeasonSimulation(Matchday.replayPipelines(), null).run(history, new SimulationConfig(division, range, "dixon-coles",
                SimulationConfig.Retrain.WEEKLY, Strategy.VALUE, new Staking.Flat(1), SimulationConfig.DEFAULT_VALUE_THRESHOLD,
                SimulationConfig.DEFAULT_BANKROLL, SimulationConfig.DEFAULT_MARGIN, SimulationConfig.DEFAULT_NOISE,
                SimulationConfig.DEFAULT_SEED), w -> { });
    }
}
