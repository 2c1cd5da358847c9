package io.matchday.web;

import io.matchday.api.HtmlReports;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.Calibration;
import io.matchday.evaluation.LeaguePanel;
import io.matchday.evaluation.ModelResult;
import io.matchday.monitoring.FeatureDrift;
import io.matchday.monitoring.MonitoringResult;
import io.matchday.registry.ModelCard;
import io.matchday.simulation.SimulationReport;
import io.matchday.simulation.WeekResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.webjars.WebJarVersionLocator;

/**
 * The self-contained HTML reports — backtest, monitoring run, season replay, model card — on the
 * console's own templates and chart code, with the stylesheet, Chart.js and the chart script inlined
 * so a report opens from a file with no network. The CLI writes them; the API serves them.
 */
public final class Reports implements HtmlReports {

    /** What every report inlines: the stylesheet and the scripts, each read from the jar once. */
    public record Inline(String css, String scripts) {
    }

    private final Templates templates;
    private final Inline inline;

    public Reports(Templates templates) {
        this.templates = templates;
        String chartJs = new WebJarVersionLocator().fullPath("chart.js", "dist/chart.umd.min.js");
        this.inline = new Inline(resource("static/console/console.css"),
                (resource(chartJs) + "\n" + resource("static/console/console.js")).replace("</script", "<\\/script"));
    }

    @Override
    public String backtest(BacktestReport report) {
        List<ModelResult> ranked = report.models().stream().sorted(Comparator.comparingDouble(m -> m.evaluation().rps())).toList();
        ModelResult benchmark = report.models().stream().filter(m -> m.name().equals(report.benchmark())).findFirst().orElse(null);
        List<String> dates = report.dates().stream().map(java.time.LocalDate::toString).toList();
        List<Charts.Series> cumulative = new ArrayList<>();
        Map<String, String> reliability = new LinkedHashMap<>();
        for (ModelResult m : report.models()) {
            if (benchmark != null && m != benchmark) {
                List<Double> sums = new ArrayList<>();
                double sum = 0;
                for (int i = 0; i < m.rpsByMatch().length; i++) {
                    sum += m.rpsByMatch()[i] - benchmark.rpsByMatch()[i];
                    sums.add(Math.round(sum * 1e5) / 1e5);
                }
                cumulative.add(Charts.Series.of(m.name(), sums));
            }
            reliability.put(m.name(), Charts.scatter("forecast", "observed",
                    Map.of(m.name(), Calibration.reliability(m, report.matches())), true));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("report", report);
        p.put("ranked", ranked);
        p.put("benchmark", benchmarkLabel(report.benchmark()));
        p.put("cumulative", cumulative.isEmpty() ? null : Charts.line("match date", "Σ ΔRPS", dates, cumulative));
        p.put("reliability", reliability);
        return render("reports/backtest.jte", "Matchday backtest — " + report.division() + " " + report.testSeasons(), p);
    }

    /** A league panel: ΔRPS per model and league, the mean across leagues, and a chart of the means. */
    public String panel(LeaguePanel panel) {
        List<String> models = panel.models();
        Map<String, Object> p = new HashMap<>();
        p.put("panel", panel);
        p.put("benchmark", benchmarkLabel(panel.benchmark()));
        p.put("chart", Charts.horizontalBar("mean ΔRPS across leagues (negative beats the benchmark)", models,
                List.of(Charts.Series.of("mean ΔRPS", models.stream()
                        .map(m -> Math.round(panel.across().get(m).meanDelta() * 1e5) / 1e5).toList()))));
        return render("reports/panel.jte", "Matchday league panel — " + panel.testSeasons(), p);
    }

    @Override
    public String monitoring(MonitoringResult result) {
        List<FeatureDrift> features = result.drift().features();
        Map<String, Object> p = new HashMap<>();
        p.put("result", result);
        p.put("drift", Charts.horizontalBar("distance (Wasserstein in SD, or Jensen–Shannon)",
                features.stream().map(FeatureDrift::feature).toList(),
                List.of(Charts.Series.of("distance", features.stream().map(f -> Double.isFinite(f.distance()) ? f.distance() : 0)
                        .toList()))));
        boolean judged = result.performance() != null && result.performance().matches() > 0 && result.performance().market() != null;
        p.put("rps", judged ? Charts.bar("", "RPS (lower is better)", List.of("champion", "closing market", "validation"),
                List.of(Charts.Series.of("RPS", java.util.Arrays.asList(result.performance().champion().rps(),
                        result.performance().market().rps(), result.validationRps())))) : null);
        return render("reports/monitoring.jte", "Monitoring " + result.model() + " v" + result.version(), p);
    }

    @Override
    public String simulation(SimulationReport report) {
        List<String> weeks = report.weeks().stream().map(w -> w.weekStart().toString() + (w.retrained() ? " ⟳" : "")).toList();
        Map<String, Object> p = new HashMap<>();
        p.put("report", report);
        p.put("rps", Charts.line("week (⟳ retrained)", "cumulative RPS", weeks, List.of(
                Charts.Series.of(report.model(), report.weeks().stream().map(WeekResult::cumulativeRps).toList()),
                Charts.Series.of("closing market", report.weeks().stream().map(WeekResult::cumulativeMarketRps).toList()))));
        p.put("bankroll", Charts.line("week", "bankroll", weeks,
                List.of(Charts.Series.of("bankroll", report.weeks().stream().map(WeekResult::bankroll).toList()))));
        return render("reports/simulation.jte", "Season replay " + report.seasons(), p);
    }

    /** The model card as a page of its own, with its calibration plot. */
    public String modelCard(ModelCard card) {
        ModelResult self = card.validation().models().stream().filter(r -> r.name().equals(card.version().trainer())).findFirst()
                .orElse(card.validation().models().get(card.validation().models().size() - 1));
        Map<String, Object> p = new HashMap<>();
        p.put("card", card);
        p.put("use", ModelCard.intendedUse(card.version().trainer()));
        p.put("limits", ModelCard.LIMITS);
        p.put("calibration", Charts.scatter("forecast", "observed", Map.of(self.name(),
                Calibration.reliability(self, card.validation().matches())), true));
        return render("reports/card.jte", "Model card " + card.version().model() + " v" + card.version().version(), p);
    }

    private String render(String template, String title, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("title", title);
        all.put("inline", inline);
        return templates.render(template, all);
    }

    static String benchmarkLabel(String benchmark) {
        return switch (benchmark) {
            case "market" -> "the market (de-vigged average closing prices)";
            case "market-open" -> "the pre-closing market (de-vigged average pre-closing prices)";
            default -> benchmark;
        };
    }

    private static String resource(String path) {
        try (InputStream in = Reports.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
