package io.matchday.simulation;

/**
 * How a betting strategy did.
 *
 * @param roi          profit over the starting bankroll
 * @param yield        profit over the total staked
 * @param maxDrawdown  largest fall of the bankroll from a previous peak, as a share of that peak
 * @param clv          mean closing-line value of the bets that have a closing price
 * @param roiLow       bootstrap 95 % interval of the ROI (bets resampled with replacement)
 */
public record BettingSummary(int bets, int won, double hitRate, double staked, double profit, double roi, double yield,
                             double startBankroll, double endBankroll, double maxDrawdown, Double clv, double roiLow,
                             double roiHigh) {
}
