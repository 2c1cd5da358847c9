package io.matchday.reports;

import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.LeaguePanel;
import io.matchday.evaluation.ModelResult;
import io.matchday.monitoring.MonitoringResult;
import io.matchday.registry.ModelCard;
import io.matchday.simulation.SimulationReport;
import java.util.List;
import java.util.Map;

/**
 * What each self-contained report shows, one record per report template: its title, the stylesheet and scripts it
 * inlines, and its content with the charts drawn from it (chart specifications as JSON).
 */
public final class ReportViews {

    private ReportViews() {
    }

    /** A backtest: the models ranked by RPS, the cumulative ΔRPS against the benchmark, each model's reliability diagram. */
    public record Backtest(String title, Reports.Inline inline, BacktestReport report, List<ModelResult> ranked,
                           String benchmark, String cumulative, Map<String, String> reliability) {
    }

    /** A league panel: ΔRPS per model and league, the mean across leagues and its chart. */
    public record Panel(String title, Reports.Inline inline, LeaguePanel panel, String benchmark, String chart) {
    }

    /** A monitoring run: each feature's drift distance and the rolling RPS beside the market's and the validation's. */
    public record Monitoring(String title, Reports.Inline inline, MonitoringResult result, String drift, String rps) {
    }

    /** A season projection with its position heat map. */
    public record ProjectionReport(String title, Reports.Inline inline, io.matchday.simulation.Projection projection) {
    }

    /** A season replay: cumulative RPS against the market and the bankroll, week by week. */
    public record Simulation(String title, Reports.Inline inline, SimulationReport report, String rps, String bankroll) {
    }

    /** A model card with its calibration plot. */
    public record Card(String title, Reports.Inline inline, ModelCard card, String use, String limits, String calibration) {
    }
}
