package io.matchday.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every price football-data.co.uk recorded for a match. 1X2 prices are keyed by the file's
 * bookmaker code ({@code B365}, {@code PS}, {@code Avg}, {@code BbAv}, …); {@code opening}
 * holds the pre-closing prices (the file's plain columns) and {@code closing} the {@code …C…}
 * columns, present from 2019-20 (Pinnacle's from 2012-13).
 */
public record Odds(Map<String, OutcomePrices> opening, Map<String, OutcomePrices> closing,
                   List<TotalGoalsPrices> totals, List<AsianHandicapPrices> asianHandicaps) {

    public static final Odds NONE = new Odds(Map.of(), Map.of(), List.of(), List.of());

    /** Aggregators used for "the market": football-data's own average, older files' BetBrain. */
    private static final List<String> AVERAGE = List.of("Avg", "BbAv");
    private static final List<String> MAXIMUM = List.of("Max", "BbMx");

    public Odds {
        opening = java.util.Collections.unmodifiableMap(new TreeMap<>(opening));
        closing = java.util.Collections.unmodifiableMap(new TreeMap<>(closing));
        totals = List.copyOf(totals);
        asianHandicaps = List.copyOf(asianHandicaps);
    }

    public Optional<OutcomePrices> opening(String bookmaker) {
        return Optional.ofNullable(opening.get(bookmaker));
    }

    public Optional<OutcomePrices> closing(String bookmaker) {
        return Optional.ofNullable(closing.get(bookmaker));
    }

    /** The market-average pre-closing prices: {@code Avg}, else BetBrain's {@code BbAv}. */
    public Optional<OutcomePrices> averageOpening() {
        return first(opening, AVERAGE);
    }

    /** The market-average closing prices ({@code AvgC…}), from 2019-20. */
    public Optional<OutcomePrices> averageClosing() {
        return first(closing, AVERAGE);
    }

    public Optional<OutcomePrices> maximumOpening() {
        return first(opening, MAXIMUM);
    }

    /**
     * Market-average prices a client quotes now, before kick-off (API, CLI): the latest prices
     * there are, so they stand as both the pre-closing and the latest (closing) average.
     */
    public static Odds quotedNow(OutcomePrices average) {
        return new Odds(Map.of("Avg", average), Map.of("Avg", average), List.of(), List.of());
    }

    /** These odds as known before kick-off: every closing price removed. */
    public Odds preClosing() {
        return new Odds(opening, Map.of(), totals.stream().filter(t -> !t.closing()).toList(),
                asianHandicaps.stream().filter(a -> !a.closing()).toList());
    }

    public boolean isEmpty() {
        return opening.isEmpty() && closing.isEmpty() && totals.isEmpty() && asianHandicaps.isEmpty();
    }

    private static Optional<OutcomePrices> first(Map<String, OutcomePrices> prices, List<String> keys) {
        return keys.stream().map(prices::get).filter(java.util.Objects::nonNull).findFirst();
    }
}
