package io.matchday.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.matchday.MatchdayException;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.registry.Run;
import io.matchday.registry.RunArtifact;
import io.matchday.registry.RunMetric;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Two runs side by side: every final metric, and for each model both backtests forecast, the "
            + "paired bootstrap 95 %% interval of the RPS difference on the matches they share."})
final class CompareCommand implements Callable<Integer> {

    static final String RPS_BY_MATCH = "rps_by_match.json";

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN")
    String first;

    @Parameters(index = "1", paramLabel = "RUN")
    String second;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(store.settings())) {
            Run a = workspace.runs.find(first).orElseThrow(() -> new MatchdayException("no run " + first));
            Run b = workspace.runs.find(second).orElseThrow(() -> new MatchdayException("no run " + second));
            Map<String, Double> ma = finals(workspace.runs.metrics(a.id()));
            Map<String, Double> mb = finals(workspace.runs.metrics(b.id()));
            out.printf("%-32s %12s %12s %10s%n", "metric", shortId(a), shortId(b), "b − a");
            for (String name : new TreeSet<>(union(ma, mb))) {
                Double x = ma.get(name);
                Double y = mb.get(name);
                out.printf("%-32s %12s %12s %10s%n", name, fmt(x), fmt(y), x == null || y == null ? "" : String.format("%+.5f", y - x));
            }
            Map<String, Map<String, Double>> ra = rps(workspace, a);
            Map<String, Map<String, Double>> rb = rps(workspace, b);
            for (String model : ra.keySet()) {
                if (!rb.containsKey(model)) {
                    continue;
                }
                List<String> shared = ra.get(model).keySet().stream().filter(rb.get(model)::containsKey).toList();
                if (shared.isEmpty()) {
                    continue;
                }
                double[] x = shared.stream().mapToDouble(ra.get(model)::get).toArray();
                double[] y = shared.stream().mapToDouble(rb.get(model)::get).toArray();
                PairedBootstrap.Difference d = PairedBootstrap.DEFAULT.difference(y, x);
                out.printf("%s: RPS b − a %+.5f, 95%% CI [%+.5f, %+.5f] on %d shared matches%n", model, d.mean(), d.low(),
                        d.high(), shared.size());
            }
        }
        return 0;
    }

    private static Map<String, Map<String, Double>> rps(Workspace workspace, Run run) throws IOException {
        for (RunArtifact artifact : workspace.runs.artifacts(run.id())) {
            if (artifact.name().equals(RPS_BY_MATCH)) {
                return Json.mapper().readValue(workspace.runs.artifact(artifact),
                        new TypeReference<LinkedHashMap<String, Map<String, Double>>>() { });
            }
        }
        return Map.of();
    }

    private static Map<String, Double> finals(List<RunMetric> metrics) {
        Map<String, Double> finals = new LinkedHashMap<>();
        metrics.stream().filter(m -> m.step() == RunMetric.FINAL).forEach(m -> finals.put(m.name(), m.value()));
        return finals;
    }

    private static List<String> union(Map<String, Double> a, Map<String, Double> b) {
        List<String> names = new ArrayList<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }

    private static String shortId(Run run) {
        return run.id().substring(0, 8);
    }

    private static String fmt(Double v) {
        return v == null ? "-" : String.format("%.5f", v);
    }
}
