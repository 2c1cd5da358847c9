package io.matchday.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.NotFoundException;
import io.matchday.evaluation.PairedBootstrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two or more runs side by side: every final metric of each, and for every model that the first
 * run and a later one both backtested, the paired bootstrap 95 % interval of the RPS difference
 * (later − first) on the matches they share, with its cumulative sum in match order.
 */
public final class RunComparison {

    /** A model's RPS difference between the first run and {@code run} on their shared matches. */
    public record Paired(String model, String run, int shared, double mean, double low, double high,
                         List<String> dates, double[] cumulative) {
    }

    /** {@code metrics}: metric name → one value per run (null where a run lacks it), names sorted. */
    public record Result(List<Run> runs, Map<String, Double[]> metrics, List<Paired> paired) {
    }

    private final RunTracker runs;
    private final ObjectMapper json = new ObjectMapper();

    public RunComparison(RunTracker runs) {
        this.runs = runs;
    }

    public Result compare(List<String> ids) {
        if (ids.size() < 2) {
            throw new io.matchday.MatchdayException("a comparison needs two runs or more, got " + ids.size());
        }
        List<Run> found = new ArrayList<>();
        for (String id : ids) {
            found.add(runs.find(id).orElseThrow(() -> new NotFoundException("no run " + id)));
        }
        List<Map<String, Double>> finals = found.stream().map(r -> finals(runs.metrics(r.id()))).toList();
        Map<String, Double[]> metrics = new LinkedHashMap<>();
        TreeSet<String> names = new TreeSet<>();
        finals.forEach(f -> names.addAll(f.keySet()));
        for (String name : names) {
            metrics.put(name, finals.stream().map(f -> f.get(name)).toArray(Double[]::new));
        }
        List<Paired> paired = new ArrayList<>();
        Map<String, Map<String, Double>> base = rpsByMatch(found.get(0));
        for (Run other : found.subList(1, found.size())) {
            Map<String, Map<String, Double>> rps = rpsByMatch(other);
            for (var model : base.entrySet()) {
                Map<String, Double> b = rps.get(model.getKey());
                if (b == null) {
                    continue;
                }
                // Keys are date|home|away: sorted, they are in match order.
                List<String> shared = model.getValue().keySet().stream().filter(b::containsKey).sorted().toList();
                if (shared.isEmpty()) {
                    continue;
                }
                double[] x = shared.stream().mapToDouble(model.getValue()::get).toArray();
                double[] y = shared.stream().mapToDouble(b::get).toArray();
                PairedBootstrap.Difference d = PairedBootstrap.DEFAULT.difference(y, x);
                double[] cumulative = new double[shared.size()];
                double sum = 0;
                for (int i = 0; i < cumulative.length; i++) {
                    sum += y[i] - x[i];
                    cumulative[i] = sum;
                }
                paired.add(new Paired(model.getKey(), other.id(), shared.size(), d.mean(), d.low(), d.high(),
                        shared.stream().map(k -> k.substring(0, k.indexOf('|'))).toList(), cumulative));
            }
        }
        return new Result(List.copyOf(found), metrics, List.copyOf(paired));
    }

    private Map<String, Map<String, Double>> rpsByMatch(Run run) {
        for (RunArtifact artifact : runs.artifacts(run.id())) {
            if (artifact.name().equals(TrackedBacktest.RPS_BY_MATCH)) {
                try {
                    return json.readValue(runs.artifact(artifact), new TypeReference<LinkedHashMap<String, Map<String, Double>>>() { });
                } catch (IOException e) {
                    throw new UncheckedIOException("run " + run.id() + " has an unreadable " + artifact.name(), e);
                }
            }
        }
        return Map.of();
    }

    private static Map<String, Double> finals(List<RunMetric> metrics) {
        Map<String, Double> finals = new LinkedHashMap<>();
        metrics.stream().filter(m -> m.step() == RunMetric.FINAL).forEach(m -> finals.put(m.name(), m.value()));
        return finals;
    }
}
