package io.matchday.simulation;

import io.matchday.MatchdayException;
import io.matchday.data.Match;
import io.matchday.data.OutcomePrices;
import io.matchday.evaluation.ScoringRule;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.models.MissingPricesException;
import io.matchday.models.Model;
import io.matchday.models.ModelZoo;
import io.matchday.models.PointInTime;
import io.matchday.models.Trainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Replays seasons week by week with a simulated clock: before each Monday the model is (re)trained
 * on exactly the walk-forward backtest's window ({@link WalkForwardBacktest#trainingWindow}) and
 * sees each fixture as the backtest does ({@link PointInTime#forScoring}); then the week's results
 * are revealed, scored beside the closing market, and bets settled at pre-closing prices — so a
 * model that reads closing prices may be replayed but not bet with. Deterministic for a seed.
 */
public final class SeasonSimulation {

    private final ReplayPipeline.Factory pipelines;
    private final Path scratchParent;

    /**
     * Replays whose on-trigger retraining runs on pipelines from {@code pipelines}, each keeping its artifacts in a
     * fresh directory under {@code scratchParent} (the system's temporary files when null), deleted when the replay
     * ends. The pipeline's private database is filled from the matches the replay is given, never from the data
     * source again.
     */
    public SeasonSimulation(ReplayPipeline.Factory pipelines, Path scratchParent) {
        this.pipelines = pipelines;
        this.scratchParent = scratchParent;
    }

    /** How many match weeks a replay of {@code seasons} has: its progress counts these. */
    public static int weeks(List<Match> history, io.matchday.data.SeasonRange seasons) {
        return (int) history.stream().filter(m -> seasons.contains(m.season()))
                .map(m -> WalkForwardBacktest.weekStart(m.date())).distinct().count();
    }

    /** Refuses a replay that cannot be honest before it starts: an unknown model, or bets on closing prices. */
    public static Trainer validate(SimulationConfig config) {
        Trainer trainer = ModelZoo.trainer(config.model());
        if (config.challenger() != null) {
            ModelZoo.trainer(config.challenger());
        }
        if (config.strategy() != Strategy.NONE) {
            PointInTime.requireKnownBeforeKickOff(trainer, "bet at pre-closing prices (replay with strategy none to score it)");
        }
        return trainer;
    }

    public SimulationReport run(List<Match> history, SimulationConfig config, Consumer<WeekResult> onWeek) {
        Trainer trainer = validate(config);
        List<Match> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(Match::date).thenComparing(m -> m.home().name()));
        TreeMap<LocalDate, List<Match>> weeks = weeksToReplay(sorted, config);
        Optional<Shadow> shadow = Optional.ofNullable(config.challenger())
                .map(name -> new Shadow(ModelZoo.trainer(name), sorted, config.retrain() != SimulationConfig.Retrain.NEVER));
        Replay replay = new Replay(config, trainer, sorted, shadow);
        try (ModelSchedule schedule = schedule(config, trainer, sorted, weeks.firstKey())) {
            for (Map.Entry<LocalDate, List<Match>> week : weeks.entrySet()) {
                ModelSchedule.Week model = schedule.modelFor(week.getKey());
                shadow.ifPresent(s -> s.week(week.getKey()));
                replay.play(week.getKey(), week.getValue(), model).ifPresent(onWeek);
            }
        }
        return replay.report();
    }

    private static TreeMap<LocalDate, List<Match>> weeksToReplay(List<Match> sorted, SimulationConfig config) {
        TreeMap<LocalDate, List<Match>> weeks = new TreeMap<>();
        sorted.stream().filter(m -> config.seasons().contains(m.season()))
                .forEach(m -> weeks.computeIfAbsent(WalkForwardBacktest.weekStart(m.date()), k -> new ArrayList<>()).add(m));
        if (weeks.isEmpty()) {
            throw new MatchdayException("no stored matches of " + config.division() + " in " + config.seasons());
        }
        return weeks;
    }

    /** When the replay's model is (re)trained: once, every week, or when the production pipeline's triggers say so. */
    private ModelSchedule schedule(SimulationConfig config, Trainer trainer, List<Match> sorted, LocalDate firstMonday) {
        return switch (config.retrain()) {
            case ON_TRIGGER -> new ModelSchedule.OnTrigger(
                    new TriggeredRetraining(pipelines, sorted, scratch(), config.division(), config.model(), firstMonday));
            case WEEKLY -> new ModelSchedule.Trained(trainer, sorted, true);
            case NEVER -> new ModelSchedule.Trained(trainer, sorted, false);
        };
    }

    private Path scratch() {
        try {
            return scratchParent == null ? Files.createTempDirectory("matchday-replay")
                    : Files.createTempDirectory(scratchParent, "replay");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch directory for the replay", e);
        }
    }

    /**
     * A challenger shadowing the replayed champion: trained on the same walk-forward windows (each week, unless the
     * champion is never retrained), forecasting the same matches, judged by the anytime-valid comparison a live
     * challenger gets.
     */
    private static final class Shadow {
        private final Trainer trainer;
        private final ModelSchedule.Trained schedule;
        private final io.matchday.evaluation.SequentialComparison comparison =
                new io.matchday.evaluation.SequentialComparison(0.05);
        private Model model;
        private LocalDate promotedOn;

        Shadow(Trainer trainer, List<Match> history, boolean weekly) {
            this.trainer = trainer;
            this.schedule = new ModelSchedule.Trained(trainer, history, weekly);
        }

        void week(LocalDate monday) {
            model = schedule.modelFor(monday).model();
        }

        /** Scores the challenger on a match the champion forecast with {@code championRps}. */
        void settle(Match match, double championRps) {
            double[] p;
            try {
                p = model.forecast(PointInTime.forScoring(match, trainer)).probabilities();
            } catch (MissingPricesException noPrices) {
                return;
            }
            comparison.add(ScoringRule.RPS.score(p, match.result()) - championRps);
            if (promotedOn == null && comparison.result().decision() == io.matchday.evaluation.SequentialComparison.Decision.PROMOTE) {
                promotedOn = match.date();
            }
        }

        SimulationReport.ChallengerOutcome outcome() {
            var r = comparison.result();
            boolean any = r.pairs() > 0;
            return new SimulationReport.ChallengerOutcome(trainer.name(), promotedOn != null, promotedOn, r.pairs(),
                    any ? round(r.meanDifference()) : null, any ? List.of(round(r.low()), round(r.high())) : null,
                    round(r.eValue()), r.decision().label());
        }
    }

    /** The replay's running state: forecasts scored beside the closing market, bets settled, weeks reported. */
    private static final class Replay {
        private final SimulationConfig config;
        private final Trainer trainer;
        private final Model market;
        private final BettingBook book;
        private final SplittableRandom priceNoise;
        private final Optional<Shadow> shadow;
        private final List<WeekResult> results = new ArrayList<>();
        private int retrains;
        private double rpsSum;
        private double marketSum;
        private int scored;
        private int marketScored;

        Replay(SimulationConfig config, Trainer trainer, List<Match> sorted, Optional<Shadow> shadow) {
            this.config = config;
            this.shadow = shadow;
            this.trainer = trainer;
            this.market = ModelZoo.closingMarket(sorted);
            this.book = new BettingBook(config.strategy(), config.staking(), config.valueThreshold(), config.bankroll(),
                    config.seed());
            this.priceNoise = new SplittableRandom(config.seed() * 31 + 7);
        }

        /** Forecasts, scores and bets one week; empty when the model could forecast none of its matches. */
        Optional<WeekResult> play(LocalDate monday, List<Match> matches, ModelSchedule.Week week) {
            retrains += week.retrained() ? 1 : 0;
            double weekRps = 0;
            double weekMarket = 0;
            int n = 0;
            int m = 0;
            int bets = 0;
            double profit = 0;
            List<WeekResult.ForecastRow> rows = new ArrayList<>();
            for (Match match : matches) {
                double[] p = forecast(week.model(), match);
                if (p == null) {
                    continue;
                }
                double rps = ScoringRule.RPS.score(p, match.result());
                weekRps += rps;
                n++;
                shadow.ifPresent(s -> s.settle(match, rps));
                double[] marketP = closingMarket(match);
                if (marketP != null) {
                    weekMarket += ScoringRule.RPS.score(marketP, match.result());
                    m++;
                }
                Optional<Bet> bet = bet(match, p);
                bets += bet.isPresent() ? 1 : 0;
                profit += bet.map(Bet::profit).orElse(0.0);
                rows.add(row(match, p, marketP, bet));
            }
            if (n == 0) {
                return Optional.empty();
            }
            rpsSum += weekRps;
            marketSum += weekMarket;
            scored += n;
            marketScored += m;
            WeekResult result = new WeekResult(monday, n, weekRps / n, m == 0 ? null : weekMarket / m, rpsSum / scored,
                    marketScored == 0 ? null : marketSum / marketScored, bets, round(profit), round(book.bankroll()),
                    week.retrained(), week.event(), week.model().provenance().lastMatch(), rows);
            results.add(result);
            return Optional.of(result);
        }

        /** The model's probabilities from what it may see before kick-off; null when it cannot forecast the match. */
        private double[] forecast(Model model, Match match) {
            try {
                return model.forecast(PointInTime.forScoring(match, trainer)).probabilities();
            } catch (MissingPricesException noPrices) {
                return null;
            }
        }

        /** The closing market's probabilities, the yardstick; null where the match has no closing prices. */
        private double[] closingMarket(Match match) {
            try {
                return market.forecast(PointInTime.forBenchmark(match)).probabilities();
            } catch (MissingPricesException noClosing) {
                return null;
            }
        }

        /** A bet struck at the pre-closing average (or generated prices where the source has none). */
        private Optional<Bet> bet(Match match, double[] p) {
            double[] prices = match.odds().averageOpening().map(SeasonSimulation::array)
                    .orElseGet(() -> generatedPrices(p, config, priceNoise));
            double[] closing = match.odds().averageClosing().map(SeasonSimulation::array).orElse(null);
            return book.play(match.date(), match.home().name(), match.away().name(), p, prices, closing, match.result());
        }

        private static WeekResult.ForecastRow row(Match match, double[] p, double[] marketP, Optional<Bet> bet) {
            return new WeekResult.ForecastRow(match.date(), match.home().name(), match.away().name(), round(p),
                    marketP == null ? null : round(marketP), code(match.result()), bet.map(b -> code(b.pick())).orElse(null),
                    bet.map(Bet::price).orElse(null), bet.map(b -> round(b.stake())).orElse(null),
                    bet.map(b -> round(b.profit())).orElse(null));
        }

        SimulationReport report() {
            BettingSummary betting = book.summary();
            return new SimulationReport(config.division().code(), config.seasons().toString(), config.model(),
                    config.retrain().label(), config.strategy().name().toLowerCase(java.util.Locale.ROOT),
                    config.staking().describe(), config.seed(), scored, rpsSum / scored,
                    marketScored == 0 ? null : marketSum / marketScored, betting.roi(), betting.maxDrawdown(), retrains,
                    shadow.map(Shadow::outcome).orElse(null), betting, results);
        }
    }

    /**
     * Prices for a match the source has none for: the model's probabilities with log-odds noise,
     * renormalised, then shortened by the margin — a bookmaker who roughly agrees with the model.
     */
    static double[] generatedPrices(double[] p, SimulationConfig config, SplittableRandom random) {
        double[] q = new double[3];
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            q[i] = Math.max(p[i], 1e-6) * Math.exp(config.noise() * gaussian(random));
            sum += q[i];
        }
        double[] prices = new double[3];
        for (int i = 0; i < 3; i++) {
            prices[i] = Math.max(1.01, 1 / (q[i] / sum * (1 + config.margin())));
        }
        return prices;
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller from the seeded generator, so generated prices repeat exactly.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double[] array(OutcomePrices prices) {
        return new double[]{prices.home(), prices.draw(), prices.away()};
    }

    private static String code(io.matchday.data.Outcome outcome) {
        return switch (outcome) {
            case HOME_WIN -> "H";
            case DRAW -> "D";
            case AWAY_WIN -> "A";
        };
    }

    private static double[] round(double[] p) {
        return new double[]{round(p[0]), round(p[1]), round(p[2])};
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
