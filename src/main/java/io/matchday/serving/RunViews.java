package io.matchday.serving;

import io.matchday.InvalidInputException;
import io.matchday.NotFoundException;
import io.matchday.registry.Run;
import io.matchday.registry.RunArtifact;
import io.matchday.registry.RunComparison;
import io.matchday.registry.RunMetric;
import io.matchday.registry.RunTracker;
import io.matchday.reports.Fmt;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Tracked runs as people read them: the list with filters and headlines, one run in detail, its artifacts, comparisons. */
public final class RunViews {

    /** A run in the list, with the numbers it is known by. */
    public record RunRow(Run run, String headline) {
    }

    /** The newest runs that pass the filter, how many there are in all, and what the filters can choose from. */
    public record RunList(List<RunRow> rows, int total, List<String> kinds, List<String> divisions) {
    }

    /** A run with its final metrics, its per-week metrics by name (step → metric) and its artifacts. */
    public record RunDetail(Run run, Map<String, Double> finals, Map<String, TreeMap<Integer, RunMetric>> weekly,
                            List<RunArtifact> artifacts) {
    }

    /** An artifact's content and media type. */
    public record Artifact(String name, String mediaType, byte[] content) {
    }

    private final RunTracker runs;

    RunViews(RunTracker runs) {
        this.runs = runs;
    }

    /** At most {@code limit} runs, newest first, of a kind and a division (blank: any). */
    public RunList list(String kind, String division, int limit) {
        List<Run> all = runs.list();
        List<Run> shown = all.stream().filter(r -> kind == null || kind.isBlank() || kind.equals(r.kind()))
                .filter(r -> division == null || division.isBlank() || division.equals(r.division())).limit(limit).toList();
        Map<String, Map<String, Double>> metrics = runs.finalMetrics(shown.stream().map(Run::id).toList());
        return new RunList(shown.stream().map(r -> new RunRow(r, headline(metrics.getOrDefault(r.id(), Map.of())))).toList(),
                all.size(), all.stream().map(Run::kind).distinct().sorted().toList(),
                all.stream().map(Run::division).filter(Objects::nonNull).distinct().sorted().toList());
    }

    public RunDetail run(String id) {
        Run run = runs.find(id).orElseThrow(() -> new NotFoundException("unknown-run", "Unknown run", "no run " + id));
        Map<String, Double> finals = new TreeMap<>();
        Map<String, TreeMap<Integer, RunMetric>> weekly = new TreeMap<>();
        for (RunMetric m : runs.metrics(id)) {
            if (m.step() == RunMetric.FINAL) {
                finals.put(m.name(), m.value());
            } else {
                weekly.computeIfAbsent(m.name(), k -> new TreeMap<>()).put(m.step(), m);
            }
        }
        return new RunDetail(run, finals, weekly, runs.artifacts(id));
    }

    public Artifact artifact(String id, String name) {
        RunArtifact artifact = runs.artifacts(id).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("unknown-artifact", "Unknown artifact", "run " + id + " has no artifact " + name));
        return new Artifact(name, artifact.mediaType(), runs.artifact(artifact));
    }

    /** Two runs or more side by side: their metrics, and each model's paired RPS differences against the first run. */
    public RunComparison.Result compare(List<String> ids) {
        if (ids == null || ids.size() < 2) {
            throw InvalidInputException.of("/run", "tick two runs or more on the Runs page to compare them");
        }
        return new RunComparison(runs).compare(ids);
    }

    /** The numbers a run is known by: a training's validation, a backtest's best model and the benchmark. */
    static String headline(Map<String, Double> m) {
        if (m.containsKey("validation.rps")) {
            Double delta = m.get("validation.delta_rps_vs_market");
            return "validation RPS " + Fmt.rps(m.get("validation.rps")) + (delta == null ? "" : ", ΔRPS " + Fmt.delta(delta));
        }
        String best = null;
        double bestRps = Double.MAX_VALUE;
        for (var e : m.entrySet()) {
            if (e.getKey().endsWith(".rps") && e.getValue() < bestRps) {
                bestRps = e.getValue();
                best = e.getKey().substring(0, e.getKey().length() - 4);
            }
        }
        if (best == null) {
            return "";
        }
        Double n = m.get("matches");
        return "best " + best + " RPS " + Fmt.rps(bestRps) + (n == null ? "" : " on " + n.intValue() + " matches");
    }
}
