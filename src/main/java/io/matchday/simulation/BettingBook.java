package io.matchday.simulation;

import io.matchday.data.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A bankroll betting through a season: one bet at most per match, settled at once, every bet kept.
 * Deterministic for a given seed (the random strategy and the bootstrap draw from it).
 */
final class BettingBook {

    private static final int BOOTSTRAP_RESAMPLES = 2000;

    private final Strategy strategy;
    private final Staking staking;
    private final double threshold;
    private final double start;
    private final SplittableRandom random;
    private final long seed;
    private final List<Bet> bets = new ArrayList<>();
    private double bankroll;
    private double peak;
    private double maxDrawdown;

    public BettingBook(Strategy strategy, Staking staking, double threshold, double bankroll, long seed) {
        this.strategy = strategy;
        this.staking = staking;
        this.threshold = threshold;
        this.start = bankroll;
        this.bankroll = bankroll;
        this.peak = bankroll;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /**
     * Bets on one match if the strategy and staking say so, and settles it against the result.
     * {@code prices}: the pre-closing prices the bet is struck at; {@code closing}: for closing-line value, may be null.
     */
    public Optional<Bet> play(LocalDate date, String home, String away, double[] p, double[] prices, double[] closing,
                              Outcome result) {
        Optional<Outcome> pick = strategy.pick(p, prices, threshold, random);
        if (pick.isEmpty()) {
            return Optional.empty();
        }
        int i = pick.get().ordinal();
        double stake = staking.stake(p[i], prices[i], bankroll);
        if (!(stake > 0)) {
            return Optional.empty();
        }
        boolean won = result == pick.get();
        double profit = won ? stake * (prices[i] - 1) : -stake;
        bankroll += profit;
        peak = Math.max(peak, bankroll);
        maxDrawdown = Math.max(maxDrawdown, peak > 0 ? (peak - bankroll) / peak : 0);
        Bet bet = new Bet(date, home, away, pick.get(), p[i], prices[i], stake, closing == null ? null : closing[i], won,
                profit, bankroll);
        bets.add(bet);
        return Optional.of(bet);
    }

    public double bankroll() {
        return bankroll;
    }

    public List<Bet> bets() {
        return List.copyOf(bets);
    }

    public BettingSummary summary() {
        int n = bets.size();
        int won = (int) bets.stream().filter(Bet::won).count();
        double staked = bets.stream().mapToDouble(Bet::stake).sum();
        double profit = bets.stream().mapToDouble(Bet::profit).sum();
        List<Double> clvs = bets.stream().map(Bet::clv).filter(v -> v != null).toList();
        double[] ci = bootstrapRoi();
        return new BettingSummary(n, won, n == 0 ? 0 : (double) won / n, staked, profit, profit / start,
                staked == 0 ? 0 : profit / staked, start, bankroll, maxDrawdown,
                clvs.isEmpty() ? null : clvs.stream().mapToDouble(Double::doubleValue).average().orElse(0), ci[0], ci[1]);
    }

    /** Percentile bootstrap of the ROI: the bets' profits resampled with replacement. */
    private double[] bootstrapRoi() {
        int n = bets.size();
        if (n == 0) {
            return new double[]{0, 0};
        }
        double[] profits = bets.stream().mapToDouble(Bet::profit).toArray();
        SplittableRandom draws = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] rois = new double[BOOTSTRAP_RESAMPLES];
        for (int b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += profits[draws.nextInt(n)];
            }
            rois[b] = sum / start;
        }
        java.util.Arrays.sort(rois);
        return new double[]{rois[(int) Math.floor(0.025 * (BOOTSTRAP_RESAMPLES - 1))],
            rois[(int) Math.ceil(0.975 * (BOOTSTRAP_RESAMPLES - 1))]};
    }
}
