package io.matchday.serving;

import io.matchday.data.Outcome;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.ScoringRule;
import io.matchday.evaluation.SequentialComparison;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.ledger.LedgerStore;
import io.matchday.registry.ModelRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Challengers and how they fare against their champion on live traffic, for the API, the CLI and the console: each
 * settled pair of forecasts (the champion's served one and the challenger's shadow of it, one per match) gives a paired
 * RPS difference, fed in match order to an anytime-valid {@link SequentialComparison}, so the decision may be read
 * every day without inflating false promotions. Beside it for people: the log-loss and Brier differences, the
 * fixed-sample Diebold–Mariano interval and a block bootstrap by matchday.
 */
public final class ChallengerViews {

    /** The error a comparison allows: a no-better challenger reaches "promote" with probability at most this. */
    public static final double ALPHA = 0.05;

    /**
     * One challenger's standing: the champion and challenger versions, shadow forecasts recorded and pairs settled, the
     * mean paired RPS difference (challenger − champion: negative favours the challenger) with its 95 % confidence
     * sequence, the e-value and the decision; then the other scores and the fixed-sample intervals. Means and intervals
     * are null before the first settled pair.
     */
    public record Challenger(String name, Integer championVersion, String championTrainer, int challengerVersion, String trainer,
                             Instant since, String reason, long forecasts, int settled, Double meanRpsDifference, Double low,
                             Double high, double eValue, String decision, Double meanLogLossDifference,
                             Double meanBrierDifference, Double dieboldMarianoLow, Double dieboldMarianoHigh,
                             Double bootstrapLow, Double bootstrapHigh) {
    }

    /** The comparison after each settled match: what a chart of the cumulative difference and its band draws. */
    public record Step(LocalDate date, int settled, double meanRpsDifference, double low, double high, double eValue) {
    }

    /** A challenger with its path. */
    public record Track(Challenger challenger, List<Step> steps) {
    }

    private final ModelRegistry registry;
    private final LedgerStore ledger;
    private final ServedModels served;
    private final ModelAdmin admin;
    private final io.matchday.monitoring.AlertStore alerts;

    ChallengerViews(ModelRegistry registry, LedgerStore ledger, ServedModels served, ModelAdmin admin,
                    io.matchday.monitoring.AlertStore alerts) {
        this.alerts = alerts;
        this.registry = registry;
        this.ledger = ledger;
        this.served = served;
        this.admin = admin;
    }

    /** Every model's challengers, by model name then age. */
    public List<Challenger> list() {
        List<Challenger> all = new ArrayList<>();
        for (String name : registry.names()) {
            for (ModelRegistry.Challenger c : registry.challengers(name)) {
                all.add(track(c, false).challenger());
            }
        }
        return all;
    }

    /** One challenger with its path; unknown when the version is not a challenger of {@code name}. */
    public Track track(String name, int version) {
        return track(find(name, version), true);
    }

    /** Makes {@code version} a challenger of {@code name}'s champion; this node shadows with it at once. */
    public Challenger add(String name, int version, String reason) {
        ModelRegistry.Challenger added = registry.challenge(name, version, reason);
        served.refresh();
        return track(added, false).challenger();
    }

    /** Ends a challenger's shadowing; its forecasts stay in the ledger. */
    public void remove(String name, int version, String reason) {
        registry.unchallenge(name, version, reason);
        served.refresh();
    }

    /**
     * Promotes a challenger whose live comparison decided {@code promote}: through the promotion gate, with the live
     * numbers in the audited reason. Refused (nothing changes) while the comparison has not decided so, or when the gate
     * does not agree.
     */
    public ModelAdmin.Promotion promote(String name, int version, String reason) {
        return promote(track(find(name, version), false).challenger(), reason);
    }

    private ModelAdmin.Promotion promote(Challenger c, String reason) {
        String name = c.name();
        int version = c.challengerVersion();
        if (!c.decision().equals(SequentialComparison.Decision.PROMOTE.label())) {
            throw new io.matchday.ConflictException("not-decided", "The live comparison has not decided promote",
                    "version " + version + " of " + name + " is at '" + c.decision() + "' after " + c.settled()
                            + " settled pairs: promote needs the whole 95 % confidence sequence below zero");
        }
        String evidence = String.format(java.util.Locale.ROOT, "%s [live: %d settled pairs, mean RPS difference %+.4f, "
                + "95%% sequence [%+.4f, %+.4f], e-value %.1f]", reason, c.settled(), c.meanRpsDifference(), c.low(), c.high(),
                c.eValue());
        ModelAdmin.Promotion promotion = admin.promote(name, version, evidence, false, null, null, 0);
        if (!promotion.promoted()) {
            throw new io.matchday.ConflictException("refused-by-gate", "Refused by the promotion gate",
                    "version " + version + " of " + name + " leads live but the gate refused: " + promotion.gate(),
                    java.util.Map.of("gate", promotion.gate()));
        }
        return promotion;
    }

    /**
     * The daily look at every challenger: those whose comparison decided {@code promote} are promoted through the gate
     * when {@code autoPromote} is on, else recommended; a one-line account of each.
     */
    public String judge(boolean autoPromote) {
        List<String> said = new ArrayList<>();
        for (Challenger c : list()) {
            String who = c.name() + " v" + c.challengerVersion() + " (" + c.trainer() + ")";
            java.util.Map<String, String> labels = java.util.Map.of("model", c.name(),
                    "division", ModelAdmin.divisionOf(c.name()).code(), "version", String.valueOf(c.challengerVersion()));
            boolean decided = c.decision().equals(SequentialComparison.Decision.PROMOTE.label());
            if (decided && !autoPromote) {
                alerts.raise(io.matchday.monitoring.AlertKind.CHALLENGER_RECOMMENDED, labels, who,
                        who + ": the live comparison decided promote after " + c.settled()
                                + " settled matches; automatic promotion is off", null, null);
            } else {
                alerts.resolve(io.matchday.monitoring.AlertKind.CHALLENGER_RECOMMENDED, labels);
            }
            if (!decided) {
                said.add(who + ": " + c.decision() + " after " + c.settled() + " settled");
            } else if (!autoPromote) {
                said.add(who + ": promote recommended (automatic promotion is off)");
            } else {
                try {
                    promote(c, "automatic: the live comparison decided promote");
                    said.add(who + ": promoted");
                } catch (io.matchday.Refusal refused) {
                    said.add(who + ": not promoted: " + refused.getMessage());
                }
            }
        }
        return said.isEmpty() ? "no challengers" : String.join("; ", said);
    }

    private ModelRegistry.Challenger find(String name, int version) {
        return registry.challengers(name).stream().filter(c -> c.version() == version).findFirst()
                .orElseThrow(() -> new io.matchday.NotFoundException("not-challenger", "Not a challenger",
                        "version " + version + " of " + name + " is not a challenger"));
    }

    private Track track(ModelRegistry.Challenger c, boolean withSteps) {
        Optional<io.matchday.registry.ModelVersion> champion = registry.champion(c.model());
        long forecasts = ledger.shadowForecasts(c.model(), c.version());
        List<LedgerStore.SettledPair> pairs = champion.map(ch -> ledger.settledPairs(c.model(), ch.version(), c.version()))
                .orElse(List.of());
        SequentialComparison comparison = new SequentialComparison(ALPHA);
        List<Step> steps = new ArrayList<>();
        int n = pairs.size();
        double[] rps = new double[n];
        int[] weeks = new int[n];
        double logLoss = 0;
        double brier = 0;
        for (int i = 0; i < n; i++) {
            LedgerStore.SettledPair p = pairs.get(i);
            Outcome outcome = Outcome.fromCode(String.valueOf(p.result()));
            rps[i] = ScoringRule.RPS.score(p.challenger(), outcome) - ScoringRule.RPS.score(p.champion(), outcome);
            logLoss += ScoringRule.LOG_LOSS.score(p.challenger(), outcome) - ScoringRule.LOG_LOSS.score(p.champion(), outcome);
            brier += ScoringRule.BRIER.score(p.challenger(), outcome) - ScoringRule.BRIER.score(p.champion(), outcome);
            weeks[i] = (int) WalkForwardBacktest.weekStart(p.matchDate()).toEpochDay();
            comparison.add(rps[i]);
            if (withSteps) {
                SequentialComparison.Result r = comparison.result();
                steps.add(new Step(p.matchDate(), r.pairs(), r.meanDifference(), r.low(), r.high(), r.eValue()));
            }
        }
        SequentialComparison.Result r = comparison.result();
        PairedBootstrap.Difference blocks = n == 0 ? null : PairedBootstrap.DEFAULT.blocks(rps, weeks);
        Challenger view = new Challenger(c.model(), champion.map(v -> v.version()).orElse(null),
                champion.map(v -> v.trainer()).orElse(null), c.version(), c.trainer(), c.since(), c.reason(), forecasts, n,
                n == 0 ? null : r.meanDifference(), n == 0 ? null : r.low(), n == 0 ? null : r.high(), r.eValue(),
                r.decision().label(), n == 0 ? null : logLoss / n, n == 0 ? null : brier / n,
                n < 2 ? null : r.fixedLow(), n < 2 ? null : r.fixedHigh(), blocks == null ? null : blocks.low(),
                blocks == null ? null : blocks.high());
        return new Track(view, steps);
    }
}
