package io.matchday.web.runs;

import io.matchday.models.ModelZoo;
import io.matchday.registry.Run;
import io.matchday.registry.RunComparison;
import io.matchday.registry.RunMetric;
import io.matchday.reports.Charts;
import io.matchday.reports.Fmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The charts of the Runs section, drawn from a run's weekly metrics and from a comparison of runs. */
final class RunCharts {

    private RunCharts() {
    }

    /** Each model's mean RPS week by week. */
    static String weekly(Map<String, TreeMap<Integer, RunMetric>> weekly) {
        TreeSet<Integer> steps = new TreeSet<>();
        weekly.values().forEach(w -> steps.addAll(w.keySet()));
        Map<Integer, String> labels = new TreeMap<>();
        weekly.values().forEach(w -> w.values().forEach(m -> labels.putIfAbsent(m.step(), m.label())));
        List<Charts.Series> series = new ArrayList<>();
        weekly.forEach((name, w) -> series.add(Charts.Series.of(name.replace(".rps", ""),
                steps.stream().map(s -> w.containsKey(s) ? w.get(s).value() : null).toList())));
        return Charts.line("week", "mean RPS of the week", steps.stream().map(s -> String.valueOf(labels.get(s))).toList(), series);
    }

    /** Each model's cumulative RPS minus the benchmark's, week by week (weekly means weighted alike); null without one. */
    static String cumulative(Run run, Map<String, TreeMap<Integer, RunMetric>> weekly) {
        Object benchmark = run.parameters().getOrDefault("benchmark", ModelZoo.MARKET);
        TreeMap<Integer, RunMetric> base = weekly.get(benchmark + ".rps");
        if (base == null) {
            return null;
        }
        List<String> labels = base.values().stream().map(RunMetric::label).toList();
        List<Charts.Series> series = new ArrayList<>();
        weekly.forEach((name, w) -> {
            if (name.equals(benchmark + ".rps")) {
                return;
            }
            List<Double> data = new ArrayList<>();
            double sum = 0;
            for (var step : base.keySet()) {
                RunMetric m = w.get(step);
                sum += m == null ? 0 : m.value() - base.get(step).value();
                data.add(sum);
            }
            series.add(Charts.Series.of(name.replace(".rps", ""), data));
        });
        return Charts.line("week", "cumulative ΔRPS vs " + benchmark + " (weekly means)", labels, series);
    }

    /** Each model's cumulative paired RPS difference against the first run, match by match; null without pairs. */
    static String compared(RunComparison.Result result, String first) {
        Optional<RunComparison.Paired> longest = result.paired().stream().max(Comparator.comparingInt(RunComparison.Paired::shared));
        if (longest.isEmpty()) {
            return null;
        }
        List<Charts.Series> series = new ArrayList<>();
        for (RunComparison.Paired d : result.paired()) {
            List<Double> data = new ArrayList<>();
            for (double v : d.cumulative()) {
                data.add(v);
            }
            series.add(Charts.Series.of(d.model() + " (" + Fmt.shortId(d.run()) + " − " + Fmt.shortId(first) + ")", data));
        }
        return Charts.line("match (date order)", "cumulative RPS difference", longest.get().dates(), series);
    }
}
