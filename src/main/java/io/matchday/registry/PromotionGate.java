package io.matchday.registry;

import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.BacktestConfig;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.models.ForwardingTrainer;
import io.matchday.models.ModelCache;
import io.matchday.models.ModelZoo;
import io.matchday.models.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a candidate becomes champion: candidate and champion are backtested walk-forward
 * on the same validation matches, and the candidate wins only if its RPS is lower and the paired
 * bootstrap 95 % interval of the difference lies entirely below {@code −margin}. Otherwise it
 * becomes challenger. Without a champion, the candidate becomes champion; so does a refit of the
 * champion's own kind on newer data (a refresh), which a walk-forward comparison cannot tell apart.
 */
final class PromotionGate {

    private final double margin;
    private final PairedBootstrap bootstrap;

    PromotionGate(double margin, PairedBootstrap bootstrap) {
        this.margin = margin;
        this.bootstrap = bootstrap;
    }

    GateDecision decide(List<Match> history, SeasonRange validation, String candidate, Optional<String> champion) {
        // The same kind of model refitted on newer data: a walk-forward backtest re-fits both identically,
        // so it cannot separate them; the newer fit is the one to serve (a refresh), with its numbers recorded.
        boolean refresh = champion.isPresent() && champion.get().equals(candidate);
        Optional<String> rival = refresh ? Optional.empty() : champion;
        ModelCache cache = new ModelCache();
        List<Trainer> trainers = new ArrayList<>(List.of(ModelZoo.trainer(candidate, cache)));
        rival.ifPresent(c -> trainers.add(new Renamed(ModelZoo.trainer(c, cache), "champion:" + c)));
        // The closing market rides along (it trains nothing) so every decision says how far from it the candidate is;
        // seasons whose files have no closing prices (before 2019-20 in most divisions) are judged without it.
        boolean closingPrices = history.stream().filter(m -> validation.contains(m.season()))
                .anyMatch(m -> m.odds().averageClosing().isPresent());
        if (!candidate.equals(ModelZoo.MARKET) && closingPrices) {
            trainers.add(ModelZoo.trainer(ModelZoo.MARKET, cache));
        }
        BacktestReport report = new WalkForwardBacktest(new BacktestConfig(validation, 0, 2), bootstrap)
                .run(history, trainers, i -> { });
        double candidateRps = report.models().get(0).evaluation().rps();
        PairedBootstrap.Difference vsMarket = report.models().get(0).deltaRpsVsMarket();
        int n = report.matches().size();
        if (rival.isEmpty()) {
            return new GateDecision(true, ModelRegistry.CHAMPION, n, candidateRps, null, null, margin,
                    refresh ? "same model kind on newer data: a refresh" : "no champion yet", vsMarket);
        }
        double championRps = report.models().get(1).evaluation().rps();
        PairedBootstrap.Difference d = bootstrap.difference(report.models().get(0).rpsByMatch(),
                report.models().get(1).rpsByMatch());
        boolean better = candidateRps < championRps && d.high() < -margin;
        return new GateDecision(better, better ? ModelRegistry.CHAMPION : ModelRegistry.CHALLENGER, n, candidateRps,
                championRps, d, margin, better ? "beats the champion" : "does not clearly beat the champion", vsMarket);
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
