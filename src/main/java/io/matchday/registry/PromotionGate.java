package io.matchday.registry;

import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.BacktestConfig;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.ModelResult;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.models.ForwardingTrainer;
import io.matchday.models.ModelCache;
import io.matchday.models.ModelZoo;
import io.matchday.models.Trainer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides which of a set of candidates becomes champion. Candidates and the champion are backtested
 * walk-forward on the same validation matches, in one run. The incumbent is the champion (or, when a
 * candidate is the champion's own kind refitted on newer data, that refit: a refresh, which a
 * walk-forward comparison cannot tell apart); without a champion it is the first candidate, the default.
 * Another candidate takes its place only with a gain that holds: a lower RPS and a paired bootstrap 95 %
 * interval of the difference entirely below {@code −margin}; of those that pass, the lowest RPS wins.
 * Every other candidate becomes challenger, with its numbers against the winner.
 */
final class PromotionGate {

    private final double margin;
    private final PairedBootstrap bootstrap;

    PromotionGate(double margin, PairedBootstrap bootstrap) {
        this.margin = margin;
        this.bootstrap = bootstrap;
    }

    GateDecision decide(List<Match> history, SeasonRange validation, String candidate, Optional<String> champion) {
        return decide(history, validation, List.of(candidate), champion).get(0);
    }

    /** One decision per candidate, in the candidates' order; at most one promotes. */
    List<GateDecision> decide(List<Match> history, SeasonRange validation, List<String> candidates, Optional<String> champion) {
        ModelCache cache = new ModelCache();
        List<Trainer> trainers = new ArrayList<>();
        candidates.forEach(c -> trainers.add(ModelZoo.trainer(c, cache)));
        int refreshed = champion.map(candidates::indexOf).orElse(-1);
        // The old champion runs beside the candidates only when none of them is its kind refitted.
        boolean oldChampionRuns = champion.isPresent() && refreshed < 0;
        champion.filter(c -> oldChampionRuns).ifPresent(c -> trainers.add(new Renamed(ModelZoo.trainer(c, cache), "champion:" + c)));
        // The closing market rides along (it trains nothing) so every decision says how far from it the candidate is;
        // seasons whose files have no closing prices (before 2019-20 in most divisions) are judged without it.
        boolean closingPrices = history.stream().filter(m -> validation.contains(m.season()))
                .anyMatch(m -> m.odds().averageClosing().isPresent());
        if (!candidates.contains(ModelZoo.MARKET) && closingPrices) {
            trainers.add(ModelZoo.trainer(ModelZoo.MARKET, cache));
        }
        BacktestReport report = new WalkForwardBacktest(new BacktestConfig(validation, 0, 2), bootstrap)
                .run(history, trainers, i -> { });
        int n = report.matches().size();
        List<ModelResult> results = report.models();
        int incumbent = oldChampionRuns ? candidates.size() : Math.max(refreshed, 0);
        Optional<Integer> challenger = java.util.stream.IntStream.range(0, candidates.size()).boxed()
                .filter(i -> i != incumbent)
                .sorted(Comparator.comparingDouble(i -> results.get(i).evaluation().rps()))
                .filter(i -> clearlyBetter(results.get(i), results.get(incumbent)))
                .findFirst();
        int winner = challenger.orElse(incumbent);
        List<GateDecision> decisions = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            ModelResult mine = results.get(i);
            PairedBootstrap.Difference vsMarket = mine.deltaRpsVsMarket();
            if (i == winner && challenger.isEmpty()) {
                // The incumbent is a candidate (a refresh, or the default without a champion) and nobody beat it.
                decisions.add(new GateDecision(true, ModelRegistry.CHAMPION, n, mine.evaluation().rps(), null, null, margin,
                        refreshed >= 0 ? "same model kind on newer data: a refresh" : "no champion yet; the default candidate",
                        vsMarket));
                continue;
            }
            // The winner is judged against the incumbent it beat; everyone else against the winner.
            boolean promote = i == winner;
            ModelResult other = results.get(promote ? incumbent : winner);
            PairedBootstrap.Difference d = bootstrap.difference(mine.rpsByMatch(), other.rpsByMatch());
            String reason = promote ? (champion.isPresent() ? "beats the champion" : "beats the default candidate "
                    + candidates.get(incumbent))
                    : winner == candidates.size() ? "does not clearly beat the champion"
                    : "behind " + candidates.get(winner) + ", the new champion";
            decisions.add(new GateDecision(promote, promote ? ModelRegistry.CHAMPION : ModelRegistry.CHALLENGER, n,
                    mine.evaluation().rps(), other.evaluation().rps(), d, margin, reason, vsMarket));
        }
        return decisions;
    }

    private boolean clearlyBetter(ModelResult candidate, ModelResult incumbent) {
        PairedBootstrap.Difference d = bootstrap.difference(candidate.rpsByMatch(), incumbent.rpsByMatch());
        return candidate.evaluation().rps() < incumbent.evaluation().rps() && d.high() < -margin;
    }

    /** The champion's trainer under another name, so a candidate of the same kind stays distinguishable. */
    private static final class Renamed extends ForwardingTrainer {
        private final String name;

        Renamed(Trainer trainer, String name) {
            super(trainer);
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }
    }
}
