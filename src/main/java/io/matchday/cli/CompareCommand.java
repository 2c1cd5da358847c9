package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.registry.Run;
import io.matchday.registry.RunComparison;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Two runs side by side: every final metric, and for each model both backtests forecast, the "
            + "paired bootstrap 95 %% interval of the RPS difference on the matches they share."})
final class CompareCommand extends StoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN")
    String first;

    @Parameters(index = "1", paramLabel = "RUN")
    String second;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Matchday matchday = open()) {
            RunComparison.Result result = new RunComparison(matchday.runs()).compare(List.of(first, second));
            Run a = result.runs().get(0);
            Run b = result.runs().get(1);
            out.printf("%-32s %12s %12s %10s%n", "metric", shortId(a), shortId(b), "b − a");
            for (Map.Entry<String, Double[]> metric : result.metrics().entrySet()) {
                Double x = metric.getValue()[0];
                Double y = metric.getValue()[1];
                out.printf("%-32s %12s %12s %10s%n", metric.getKey(), fmt(x), fmt(y),
                        x == null || y == null ? "" : String.format("%+.5f", y - x));
            }
            for (RunComparison.Paired d : result.paired()) {
                out.printf("%s: RPS b − a %+.5f, 95%% CI [%+.5f, %+.5f] on %d shared matches%n", d.model(), d.mean(), d.low(),
                        d.high(), d.shared());
            }
        }
        return 0;
    }

    private static String shortId(Run run) {
        return run.id().substring(0, 8);
    }

    private static String fmt(Double v) {
        return v == null ? "-" : String.format("%.5f", v);
    }
}
