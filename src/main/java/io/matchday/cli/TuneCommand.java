package io.matchday.cli;

import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.BacktestConfig;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.features.EloConfig;
import io.matchday.features.GapConfig;
import io.matchday.features.StateSpaceConfig;
import io.matchday.models.BoostedTreesTrainer;
import io.matchday.models.DixonColesConfig;
import io.matchday.models.DixonColesTrainer;
import io.matchday.models.ModelZoo;
import io.matchday.models.Trainer;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.DoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tune", mixinStandardHelpOptions = true,
        description = {"Grid search of one hyper-parameter by walk-forward backtest on tuning seasons, which must come "
            + "before the seasons you later test on (default 2014-15..2018-19, before the default test seasons).",
            "Parameters: dixon-coles xi (time decay per day), dixon-coles ridge (pull towards the league average), "
            + "dixon-coles promoted-ridge (the same, promoted teams pulled towards their own fitted mean), "
            + "dixon-coles level-xi (a faster time decay for the league's goal level, 0 for none), "
            + "dixon-coles shot-weight (share of the Poisson target from shots on target), "
            + "dixon-coles openness-ridge (pull of attack − defence towards the league's), "
            + "elo k (update size), elo home (home advantage), gap learning-rate and gap share (GAP ratings' λ and φ), "
            + "state-space daily-variance, initial-variance and season-variance (how fast the filtered strengths move); "
            + "for gbm and seed-rf any XGBoost parameter (max_bin, min_child_weight, max_depth, eta, …) or "
            + "'recent' (how many of the latest matches they train on)."})
final class TuneCommand extends StoreCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "Model: dixon-coles, elo, gap, state-space, gbm or seed-rf.")
    String model;

    @Parameters(index = "1", description = "Parameter: xi (dixon-coles), k or home (elo), an XGBoost parameter or 'recent' (gbm, seed-rf).")
    String parameter;

    @Option(names = "--values", split = ",", required = true, description = "Values to try, comma-separated.")
    List<Double> values;

    @Mixin
    DivisionOption division;

    @Option(names = "--tuning-seasons", defaultValue = "2014-15..2018-19", description = "Default: ${DEFAULT-VALUE}")
    String seasons;

    @Override
    public Integer call() {
        DoubleFunction<Trainer> trainer = trainerFor(model, parameter);
        List<Match> history = storedMatches(division.value());
        PrintWriter out = out();
        out.printf("tuning %s %s on %s %s (walk-forward, weekly)%n", model, parameter, division, seasons);
        out.printf("%12s %8s %9s%n", parameter, "RPS", "seconds");
        double best = Double.NaN;
        double bestRps = Double.POSITIVE_INFINITY;
        for (double value : values) {
            BacktestReport report = new WalkForwardBacktest(new BacktestConfig(SeasonRange.parse(seasons), 0, 2),
                    PairedBootstrap.DEFAULT).run(history, List.of(trainer.apply(value)), i -> { });
            double rps = report.models().get(0).evaluation().rps();
            out.printf("%12s %8.5f %9.1f%n", value, rps, report.seconds());
            if (rps < bestRps) {
                bestRps = rps;
                best = value;
            }
        }
        out.printf("best %s = %s (RPS %.5f)%n", parameter, best, bestRps);
        return 0;
    }

    private static DoubleFunction<Trainer> trainerFor(String model, String parameter) {
        if (model.equals("gbm") || model.equals("seed-rf")) {
            return treesTrainer(model.equals("gbm") ? BoostedTreesTrainer.Config.gbm()
                    : BoostedTreesTrainer.Config.seedRandomForest(), parameter);
        }
        DixonColesConfig dc = DixonColesConfig.DEFAULT;
        EloConfig elo = EloConfig.DEFAULT;
        return switch (model + " " + parameter) {
            case "dixon-coles xi" -> v -> new DixonColesTrainer(dc.withXi(v));
            case "dixon-coles ridge" -> v -> new DixonColesTrainer(dc.withRidge(v));
            case "dixon-coles promoted-ridge" -> v -> new DixonColesTrainer(dc.withRidge(v).withPromotedPrior(true));
            case "dixon-coles level-xi" -> v -> new DixonColesTrainer(dc.withLevelXi(v));
            case "elo k" -> v -> eloTrainer(new EloConfig(v, elo.homeAdvantage(), elo.goalDifference(), elo.seasonRegression()));
            case "dixon-coles shot-weight" -> v -> new DixonColesTrainer(dc.withShotWeight(v));
            case "dixon-coles openness-ridge" -> v -> new DixonColesTrainer(dc.withOpennessRidge(v));
            case "elo home" -> v -> eloTrainer(new EloConfig(elo.k(), v, elo.goalDifference(), elo.seasonRegression()));
            case "gap learning-rate" -> v -> ModelZoo.gap(new GapConfig(v, GapConfig.DEFAULT.homeShare(), GapConfig.DEFAULT.awayShare()));
            case "gap share" -> v -> ModelZoo.gap(new GapConfig(GapConfig.DEFAULT.learningRate(), v, v));
            case "state-space daily-variance" -> v -> ModelZoo.stateSpace(StateSpaceConfig.DEFAULT.withDailyVariance(v));
            case "state-space initial-variance" -> v -> ModelZoo.stateSpace(StateSpaceConfig.DEFAULT.withInitialVariance(v));
            case "state-space season-variance" -> v -> ModelZoo.stateSpace(StateSpaceConfig.DEFAULT.withSeasonVariance(v));
            default -> throw new io.matchday.MatchdayException("cannot tune '" + parameter + "' of '" + model
                    + "' (dixon-coles xi, dixon-coles ridge, dixon-coles promoted-ridge, dixon-coles level-xi, "
                    + "dixon-coles shot-weight, dixon-coles openness-ridge, elo k, elo home, gap learning-rate, gap share, "
                    + "state-space daily-variance, state-space initial-variance, state-space season-variance)");
        };
    }

    /** A tree preset with one XGBoost parameter (or the training-window length {@code recent}) replaced. */
    private static DoubleFunction<Trainer> treesTrainer(BoostedTreesTrainer.Config preset, String parameter) {
        if (!parameter.equals("recent") && !parameter.matches("[a-z_]+")) {
            throw new io.matchday.MatchdayException("'" + parameter + "' is not an XGBoost parameter name");
        }
        return v -> {
            java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>(preset.parameters());
            int recent = preset.recentMatches();
            int rounds = preset.rounds();
            if (parameter.equals("recent")) {
                recent = (int) v;
            } else if (parameter.equals("rounds")) {
                rounds = (int) v;
            } else {
                parameters.put(parameter, v == Math.rint(v) ? (Object) (long) v : (Object) v);
            }
            return new BoostedTreesTrainer(new BoostedTreesTrainer.Config(preset.name(), preset.features(), preset.use(),
                    preset.bet365Prices(), parameters, rounds, recent, preset.marketMargin()));
        };
    }

    private static Trainer eloTrainer(EloConfig elo) {
        return ModelZoo.elo(elo);
    }
}
