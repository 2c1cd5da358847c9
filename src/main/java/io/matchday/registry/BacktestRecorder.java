package io.matchday.registry;

import io.matchday.data.Match;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.ModelResult;
import io.matchday.evaluation.WalkForwardBacktest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns a backtest report into run metrics: each model's final scores, and its mean RPS per
 * test week (step = week number, label = the week's Monday), so a run shows how a model fared
 * over time and not only on average.
 */
final class BacktestRecorder {

    private BacktestRecorder() {
    }

    /** Every model's RPS per match, keyed by date|home|away: what {@code compare} pairs runs on. */
    public static java.util.Map<String, java.util.Map<String, Double>> rpsByMatch(BacktestReport report) {
        java.util.Map<String, java.util.Map<String, Double>> byModel = new java.util.LinkedHashMap<>();
        for (ModelResult m : report.models()) {
            java.util.Map<String, Double> byMatch = new java.util.LinkedHashMap<>();
            for (int i = 0; i < report.matches().size(); i++) {
                Match match = report.matches().get(i);
                byMatch.put(match.date() + "|" + match.home() + "|" + match.away(), m.rpsByMatch()[i]);
            }
            byModel.put(m.name(), byMatch);
        }
        return byModel;
    }

    public static List<RunMetric> metrics(BacktestReport report) {
        List<RunMetric> metrics = new ArrayList<>();
        metrics.add(RunMetric.of("matches", report.matches().size()));
        TreeMap<LocalDate, List<Integer>> weeks = new TreeMap<>();
        List<Match> matches = report.matches();
        for (int i = 0; i < matches.size(); i++) {
            weeks.computeIfAbsent(WalkForwardBacktest.weekStart(matches.get(i).date()), k -> new ArrayList<>()).add(i);
        }
        for (ModelResult m : report.models()) {
            String p = m.name() + ".";
            metrics.add(RunMetric.of(p + "rps", m.evaluation().rps()));
            metrics.add(RunMetric.of(p + "brier", m.evaluation().brier()));
            metrics.add(RunMetric.of(p + "logloss", m.evaluation().logLoss()));
            metrics.add(RunMetric.of(p + "accuracy", m.evaluation().accuracy()));
            metrics.add(RunMetric.of(p + "ece", m.evaluation().ece()));
            if (m.deltaRpsVsMarket() != null) {
                metrics.add(RunMetric.of(p + "delta_rps_vs_market", m.deltaRpsVsMarket().mean()));
                metrics.add(RunMetric.of(p + "delta_ci_low", m.deltaRpsVsMarket().low()));
                metrics.add(RunMetric.of(p + "delta_ci_high", m.deltaRpsVsMarket().high()));
            }
            int step = 0;
            for (var week : weeks.entrySet()) {
                double sum = 0;
                for (int i : week.getValue()) {
                    sum += m.rpsByMatch()[i];
                }
                metrics.add(new RunMetric(p + "rps", step++, week.getKey().toString(), sum / week.getValue().size()));
            }
        }
        return metrics;
    }
}
