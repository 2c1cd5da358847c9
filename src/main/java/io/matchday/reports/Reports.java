package io.matchday.reports;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.webjars.WebJarVersionLocator;

/**
 * The self-contained HTML reports — backtest, monitoring run, season replay, model card — on the
 * console's own templates and chart code, with the stylesheet, Chart.js and the chart script inlined
 * so a report opens from a file with no network. The CLI writes them; the API serves them.
 */
public final class Reports {

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
        return templates.render("reports/backtest.jte", new ReportViews.Backtest("Matchday backtest — " + report.division() + " "
                + report.testSeasons(), inline, report, ranked, benchmarkLabel(report.benchmark()),
                cumulative.isEmpty() ? null : Charts.line("match date", "Σ ΔRPS", dates, cumulative), reliability));
    }

    /** A league panel: ΔRPS per model and league, the mean across leagues, and a chart of the means. */
    public String panel(LeaguePanel panel) {
        List<String> models = panel.models();
        String chart = Charts.horizontalBar("mean ΔRPS across leagues (negative beats the benchmark)", models,
                List.of(Charts.Series.of("mean ΔRPS", models.stream()
                        .map(m -> Math.round(panel.across().get(m).meanDelta() * 1e5) / 1e5).toList())));
        return templates.render("reports/panel.jte", new ReportViews.Panel("Matchday league panel — " + panel.testSeasons(),
                inline, panel, benchmarkLabel(panel.benchmark()), chart));
    }

    public String monitoring(MonitoringResult result) {
        List<FeatureDrift> features = result.drift().features();
        String drift = Charts.horizontalBar("distance (Wasserstein in SD, or Jensen–Shannon)",
                features.stream().map(FeatureDrift::feature).toList(),
                List.of(Charts.Series.of("distance", features.stream().map(f -> Double.isFinite(f.distance()) ? f.distance() : 0)
                        .toList())));
        boolean judged = result.performance() != null && result.performance().matches() > 0 && result.performance().market() != null;
        String rps = judged ? Charts.bar("", "RPS (lower is better)", List.of("champion", "closing market", "validation"),
                List.of(Charts.Series.of("RPS", java.util.Arrays.asList(result.performance().champion().rps(),
                        result.performance().market().rps(), result.validationRps())))) : null;
        return templates.render("reports/monitoring.jte", new ReportViews.Monitoring("Monitoring " + result.model() + " v"
                + result.version(), inline, result, drift, rps));
    }

    public String simulation(SimulationReport report) {
        List<String> weeks = report.weeks().stream().map(w -> w.weekStart().toString() + (w.retrained() ? " ⟳" : "")).toList();
        String rps = Charts.line("week (⟳ retrained)", "cumulative RPS", weeks, List.of(
                Charts.Series.of(report.model(), report.weeks().stream().map(WeekResult::cumulativeRps).toList()),
                Charts.Series.of("closing market", report.weeks().stream().map(WeekResult::cumulativeMarketRps).toList())));
        String bankroll = Charts.line("week", "bankroll", weeks,
                List.of(Charts.Series.of("bankroll", report.weeks().stream().map(WeekResult::bankroll).toList())));
        return templates.render("reports/simulation.jte", new ReportViews.Simulation("Season replay " + report.seasons(), inline,
                report, rps, bankroll));
    }

    /** A season projection as a page of its own, with its position heat map. */
    public String projection(io.matchday.simulation.Projection projection) {
        return templates.render("reports/projection.jte", new ReportViews.ProjectionReport("Season projection: "
                + projection.division() + " " + projection.season() + " as of " + projection.asOf(), inline, projection));
    }

    /** The model card as a page of its own, with its calibration plot. */
    public String modelCard(ModelCard card) {
        ModelResult self = card.validation().models().stream().filter(r -> r.name().equals(card.version().trainer())).findFirst()
                .orElse(card.validation().models().get(card.validation().models().size() - 1));
        String calibration = Charts.scatter("forecast", "observed", Map.of(self.name(),
                Calibration.reliability(self, card.validation().matches())), true);
        return templates.render("reports/card.jte", new ReportViews.Card("Model card " + card.version().model() + " v"
                + card.version().version(), inline, card, ModelCard.intendedUse(card.version().trainer()), ModelCard.LIMITS,
                calibration));
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
