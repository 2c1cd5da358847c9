package io.matchday.simulation;

import io.matchday.data.Outcome;
import java.time.LocalDate;

/** One settled bet: what was backed at which price and stake, the closing price, and the profit. */
record Bet(LocalDate date, String home, String away, Outcome pick, double probability, double price, double stake,
                  Double closingPrice, boolean won, double profit, double bankrollAfter) {

    /** Closing-line value: how much better the price taken was than the closing price (0.05 = 5 %). */
    public Double clv() {
        return closingPrice == null ? null : price / closingPrice - 1;
    }
}
