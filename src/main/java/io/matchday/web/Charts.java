package io.matchday.web;

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
        return spec("line", x, y, labels, series);
    }

    public static String bar(String x, String y, List<String> labels, List<Series> series) {
        return spec("bar", x, y, labels, series);
    }

    private static String spec(String type, String x, String y, List<String> labels, List<Series> series) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", type);
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
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart is plain data", e);
        }
    }
}
