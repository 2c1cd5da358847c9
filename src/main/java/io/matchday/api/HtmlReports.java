package io.matchday.api;

import io.matchday.evaluation.BacktestReport;
import io.matchday.monitoring.MonitoringResult;
import io.matchday.simulation.SimulationReport;

/**
 * Self-contained HTML reports (charts inlined, no network needed), rendered by the console's
 * templates: the API serves them and keeps backtest reports as run artifacts without knowing how
 * they are drawn.
 */
public interface HtmlReports {

    String backtest(BacktestReport report);

    String monitoring(MonitoringResult result);

    String simulation(SimulationReport report);
}
