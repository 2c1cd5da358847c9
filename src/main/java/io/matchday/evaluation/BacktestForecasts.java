package io.matchday.evaluation;

import io.matchday.data.Match;
import io.matchday.tabular.ParquetTable;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;

/**
 * A backtest's forecasts as rows, one per (match, model) in match order: what an analyst loads into a notebook.
 * The rows are a view over the report, made as they are read, so a million of them cost no more memory than the
 * report itself.
 */
public final class BacktestForecasts {

    /** One forecast of one model for one match, with how it scored. */
    public record Row(String division, String season, LocalDate date, String home, String away, String result,
                      String model, double pHome, double pDraw, double pAway, double rps) {
    }

    /** The Parquet table of the rows: the same columns as the CSV, typed. */
    public static final ParquetTable<Row> TABLE = ParquetTable.<Row>named("backtest_forecasts")
            .text("division", Row::division).text("season", Row::season).date("date", Row::date)
            .text("home", Row::home).text("away", Row::away).text("result", Row::result).text("model", Row::model)
            .real("p_home", Row::pHome).real("p_draw", Row::pDraw).real("p_away", Row::pAway).real("rps", Row::rps)
            .build();

    private BacktestForecasts() {
    }

    public static List<Row> rows(BacktestReport report) {
        List<Match> matches = report.matches();
        List<ModelResult> models = report.models();
        int n = models.size();
        return new AbstractList<>() {
            @Override
            public Row get(int i) {
                Match match = matches.get(i / n);
                ModelResult model = models.get(i % n);
                double[] p = model.probabilities()[i / n];
                return new Row(match.division().code(), match.season().toString(), match.date(), match.home().name(),
                        match.away().name(), String.valueOf(match.result().code()), model.name(), p[0], p[1], p[2],
                        model.rpsByMatch()[i / n]);
            }

            @Override
            public int size() {
                return matches.size() * n;
            }
        };
    }
}
