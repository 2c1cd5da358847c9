package io.matchday.evaluation;

import io.matchday.data.Match;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML page for a backtest: the leaderboard, a reliability diagram per model and
 * the cumulative RPS difference to the market over time. Chart.js is inlined from its WebJar, so
 * the page renders offline, from a file, with no CDN.
 */
public final class BacktestHtmlReport {

    static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    public String render(BacktestReport report) {
        String template = resource("io/matchday/evaluation/backtest-report.html");
        return template
                .replace("/*CHART_JS*/", chartJs())
                .replace("{{title}}", ReportHtml.escape("Matchday backtest — " + report.division() + " " + report.testSeasons()))
                .replace("{{summary}}", ReportHtml.escape(String.format("%d matches, walk-forward week by week; %d left out for "
                        + "missing prices; %.1f s", report.matches().size(), report.excluded(), report.seconds())))
                .replace("{{leaderboard}}", leaderboard(report))
                .replace("{{benchmark}}", ReportHtml.escape(benchmarkLabel(report.benchmark())))
                .replace("/*DATA*/", ReportHtml.json(data(report)));
    }

    private static String leaderboard(BacktestReport report) {
        StringBuilder rows = new StringBuilder();
        List<ModelResult> ranked = report.models().stream()
                .sorted(Comparator.comparingDouble(m -> m.evaluation().rps())).toList();
        for (ModelResult m : ranked) {
            Evaluation e = m.evaluation();
            PairedBootstrap.Difference d = m.deltaRpsVsMarket();
            rows.append(String.format(java.util.Locale.ROOT,
                    "<tr><td>%s</td><td>%s</td><td>%.4f</td><td>%.4f</td><td>%.4f</td><td>%.3f</td><td>%.4f</td>"
                            + "<td>%+.4f</td><td>[%+.4f, %+.4f]</td></tr>%n",
                    ReportHtml.escape(m.name()), m.usesPrices() ? "yes" : "no", e.rps(), e.brier(), e.logLoss(), e.accuracy(),
                    e.ece(), d == null ? 0 : d.mean(), d == null ? 0 : d.low(), d == null ? 0 : d.high()));
        }
        return rows.toString();
    }

    private static String benchmarkLabel(String benchmark) {
        return switch (benchmark) {
            case "market" -> "the market (de-vigged average closing prices)";
            case "market-open" -> "the pre-closing market (de-vigged average pre-closing prices)";
            default -> benchmark;
        };
    }

    private static Map<String, Object> data(BacktestReport report) {
        List<String> dates = report.matches().stream().map(m -> m.date().toString()).toList();
        ModelResult market = report.models().stream().filter(m -> m.name().equals(report.benchmark())).findFirst().orElse(null);
        List<Map<String, Object>> models = new ArrayList<>();
        for (ModelResult m : report.models()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", m.name());
            model.put("reliability", reliability(m, report.matches()));
            if (market != null && m != market) {
                double[] cumulative = new double[m.rpsByMatch().length];
                double sum = 0;
                for (int i = 0; i < cumulative.length; i++) {
                    sum += m.rpsByMatch()[i] - market.rpsByMatch()[i];
                    cumulative[i] = Math.round(sum * 1e5) / 1e5;
                }
                model.put("cumulative", cumulative);
            }
            models.add(model);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("dates", dates);
        data.put("models", models);
        return data;
    }

    /** Mean forecast against observed frequency in ten bins, pooled over the three outcomes. */
    public static List<double[]> reliability(ModelResult model, List<Match> matches) {
        int bins = Evaluation.CALIBRATION_BINS;
        double[] forecast = new double[bins];
        double[] hits = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < matches.size(); i++) {
            double[] p = model.probabilities()[i];
            for (int k = 0; k < 3; k++) {
                int bin = Math.min(bins - 1, (int) (p[k] * bins));
                forecast[bin] += p[k];
                hits[bin] += matches.get(i).result().ordinal() == k ? 1 : 0;
                count[bin]++;
            }
        }
        List<double[]> points = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (count[b] >= 10) {
                points.add(new double[]{forecast[b] / count[b], hits[b] / count[b], count[b]});
            }
        }
        return points;
    }


    /** Chart.js from its webjar, safe to inline in a script element: reports work offline, with no CDN. */
    public static String chartJs() {
        return resource(CHART_JS).replace("</script", "<\\/script");
    }

    private static String resource(String path) {
        try (InputStream in = BacktestHtmlReport.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
