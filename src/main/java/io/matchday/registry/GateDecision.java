package io.matchday.registry;

import io.matchday.evaluation.PairedBootstrap;

/**
 * The promotion gate's verdict and its numbers: the candidate's and the champion's RPS on the
 * same validation matches, and the paired bootstrap interval of their difference; and the
 * candidate's RPS difference to the de-vigged closing market on those matches ({@code vsMarket},
 * null when the candidate is the market or the validation matches have no closing prices).
 */
public record GateDecision(boolean promote, String alias, int matches, double candidateRps, Double championRps,
                           PairedBootstrap.Difference difference, double margin, String reason,
                           PairedBootstrap.Difference vsMarket) {

    public String summary() {
        String market = vsMarket == null ? "" : String.format(java.util.Locale.ROOT,
                "; vs the closing market %+.4f, 95%% CI [%+.4f, %+.4f]", vsMarket.mean(), vsMarket.low(), vsMarket.high());
        return comparison() + market;
    }

    private String comparison() {
        return difference == null
                ? String.format(java.util.Locale.ROOT, "%s: %s (candidate RPS %.4f on %d matches)", alias, reason, candidateRps, matches)
                : String.format(java.util.Locale.ROOT, "%s: %s (candidate RPS %.4f, champion %.4f, difference %+.4f, "
                        + "95%% CI [%+.4f, %+.4f], margin %.4f, %d matches)", alias, reason, candidateRps, championRps,
                        difference.mean(), difference.low(), difference.high(), margin, matches);
    }
}
