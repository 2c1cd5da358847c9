package io.matchday.evaluation;

import io.matchday.tabular.ParquetTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A backtest's leaderboard as rows, one per model — per (league, model) in a panel, so several leagues stack in one
 * table: the scores, and the RPS difference to the benchmark with its 95 % paired bootstrap interval.
 */
public final class Leaderboard {

    public record Row(String division, String testSeasons, int matches, String model, boolean usesPrices, double rps,
                      double brier, double logLoss, double accuracy, double ece, double deltaRps, double deltaLow,
                      double deltaHigh, String benchmark, String runId) {
    }

    public static final ParquetTable<Row> TABLE = ParquetTable.<Row>named("leaderboard")
            .text("division", Row::division).text("test_seasons", Row::testSeasons).integer("matches", Row::matches)
            .text("model", Row::model).bool("uses_prices", Row::usesPrices)
            .real("rps", Row::rps).real("brier", Row::brier).real("log_loss", Row::logLoss).real("accuracy", Row::accuracy)
            .real("ece", Row::ece).real("delta_rps", Row::deltaRps).real("delta_low", Row::deltaLow)
            .real("delta_high", Row::deltaHigh).text("benchmark", Row::benchmark).optionalText("run_id", Row::runId)
            .build();

    private Leaderboard() {
    }

    public static List<Row> rows(BacktestReport report, String runId) {
        List<Row> rows = new ArrayList<>();
        for (ModelResult m : report.models()) {
            Evaluation e = m.evaluation();
            PairedBootstrap.Difference d = m.deltaRpsVsMarket();
            rows.add(new Row(report.division(), report.testSeasons(), report.matches().size(), m.name(), m.usesPrices(),
                    e.rps(), e.brier(), e.logLoss(), e.accuracy(), e.ece(), d.mean(), d.low(), d.high(), report.benchmark(),
                    runId));
        }
        return rows;
    }

    /** Every league's rows, league by league. */
    public static List<Row> rows(LeaguePanel panel) {
        List<Row> rows = new ArrayList<>();
        for (LeaguePanel.League league : panel.leagues()) {
            rows.addAll(rows(league.report(), league.runId()));
        }
        return rows;
    }
}
