package io.matchday.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart as data: labels, series and axis titles, written as JSON into a canvas' {@code data-chart}
 * attribute for the console's script to draw with Chart.js (no inline script: the pages' policy forbids it).
 */
public final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line (or bar series): a label and its values, null where it has none. */
    public record Series(String label, List<Double> data, boolean dashed) {
        public static Series of(String label, List<Double> data) {
            return new Series(label, data, false);
        }
    }

    private Charts() {
    }

    public static String line(String x, String y, List<String> labels, List<Series> series) {
        return spec("line", x, y, labels, series, false);
    }

    /** Points {@code [x, y]} per series, on the unit square (calibration plots); a dashed series is a reference line. */
    public static String scatter(String x, String y, Map<String, List<double[]>> series, boolean diagonal) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "scatter");
        spec.put("x", x);
        spec.put("y", y);
        List<Map<String, Object>> list = new ArrayList<>();
        series.forEach((label, points) -> list.add(Map.of("label", label, "data", points)));
        if (diagonal) {
            list.add(Map.of("label", "perfect calibration", "data", List.of(new double[]{0, 0}, new double[]{1, 1}), "dashed", true));
        }
        spec.put("series", list);
        return write(spec);
    }

    public static String bar(String x, String y, List<String> labels, List<Series> series) {
        return spec("bar", x, y, labels, series, false);
    }

    /**
     * A waterfall: per series, one floating bar per label from where the running total stood to where it stands after
     * it — the first label's bar from zero (the baseline), the last from zero to the total.
     */
    public static String waterfall(String y, List<String> labels, Map<String, List<Double>> steps) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "bar");
        spec.put("x", null);
        spec.put("y", y);
        List<String> all = new ArrayList<>();
        all.add("average fixture");
        all.addAll(labels);
        all.add("forecast");
        spec.put("labels", all);
        List<Map<String, Object>> list = new ArrayList<>();
        steps.forEach((label, values) -> {
            List<double[]> bars = new ArrayList<>();
            double total = values.get(0);
            bars.add(new double[]{0, total});
            for (double v : values.subList(1, values.size())) {
                bars.add(new double[]{total, total + v});
                total += v;
            }
            bars.add(new double[]{0, total});
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", label);
            m.put("data", bars);
            list.add(m);
        });
        spec.put("series", list);
        return write(spec);
    }

    /** Bars along the y axis: one per label, for long lists of names. */
    public static String horizontalBar(String x, List<String> labels, List<Series> series) {
        return spec("bar", x, null, labels, series, true);
    }

    private static String spec(String type, String x, String y, List<String> labels, List<Series> series, boolean horizontal) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", type);
        if (horizontal) {
            spec.put("horizontal", true);
        }
        spec.put("x", x);
        spec.put("y", y);
        spec.put("labels", labels);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", s.label());
            m.put("data", s.data());
            if (s.dashed()) {
                m.put("dashed", true);
            }
            list.add(m);
        }
        spec.put("series", list);
        return write(spec);
    }

    private static String write(Object spec) {
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart is plain data", e);
        }
    }
}
