package io.matchday.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps {@link Odds} to rows of the {@code match_prices} table and back: one row per bookmaker
 * with its pre-closing and closing 1X2, over/under 2.5 and Asian-handicap prices side by side.
 * One wide row per bookmaker instead of one per market keeps ingestion fast.
 */
final class PriceTable {

    static final String COLUMNS = "bookmaker, home, draw, away, home_close, draw_close, away_close, "
            + "over25, under25, over25_close, under25_close, ah_line, ah_home, ah_away, "
            + "ah_line_close, ah_home_close, ah_away_close";
    static final int WIDTH = 16;
    static final double TOTALS_LINE = 2.5;

    private PriceTable() {
    }

    /** Bookmaker → its 16 prices in {@link #COLUMNS} order (after the bookmaker). */
    static Map<String, Double[]> rows(Odds odds) {
        Map<String, Double[]> rows = new TreeMap<>();
        odds.opening().forEach((bk, p) -> put(rows, bk, 0, p.home(), p.draw(), p.away()));
        odds.closing().forEach((bk, p) -> put(rows, bk, 3, p.home(), p.draw(), p.away()));
        for (TotalGoalsPrices t : odds.totals()) {
            put(rows, t.bookmaker(), t.closing() ? 8 : 6, t.over(), t.under());
        }
        for (AsianHandicapPrices a : odds.asianHandicaps()) {
            put(rows, a.bookmaker(), a.closing() ? 13 : 10, a.line(), a.home(), a.away());
        }
        return rows;
    }

    /** Rebuilds the odds of one match from its rows. */
    static Odds odds(Map<String, Double[]> rows) {
        Map<String, OutcomePrices> opening = new HashMap<>();
        Map<String, OutcomePrices> closing = new HashMap<>();
        List<TotalGoalsPrices> totals = new ArrayList<>();
        List<AsianHandicapPrices> asians = new ArrayList<>();
        rows.forEach((bk, v) -> {
            if (v[0] != null && v[1] != null && v[2] != null) {
                opening.put(bk, new OutcomePrices(v[0], v[1], v[2]));
            }
            if (v[3] != null && v[4] != null && v[5] != null) {
                closing.put(bk, new OutcomePrices(v[3], v[4], v[5]));
            }
            for (int c = 0; c < 2; c++) {
                if (v[6 + 2 * c] != null || v[7 + 2 * c] != null) {
                    totals.add(new TotalGoalsPrices(bk, c == 1, TOTALS_LINE, v[6 + 2 * c], v[7 + 2 * c]));
                }
                if (v[11 + 3 * c] != null || v[12 + 3 * c] != null) {
                    asians.add(new AsianHandicapPrices(bk, c == 1, v[10 + 3 * c], v[11 + 3 * c], v[12 + 3 * c]));
                }
            }
        });
        return new Odds(opening, closing, totals, asians);
    }

    private static void put(Map<String, Double[]> rows, String bookmaker, int offset, Double... values) {
        Double[] row = rows.computeIfAbsent(bookmaker, k -> new Double[WIDTH]);
        System.arraycopy(values, 0, row, offset, values.length);
    }
}
