package io.matchday.simulation;

import io.matchday.MatchdayException;
import io.matchday.data.Match;
import io.matchday.data.OutcomePrices;
import io.matchday.evaluation.ScoringRule;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.models.Forecast;
import io.matchday.models.MissingPricesException;
import io.matchday.models.Model;
import io.matchday.models.ModelZoo;
import io.matchday.models.Trainer;
import java.net.URI;
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
 * sees each fixture as the backtest does ({@link WalkForwardBacktest#pointInTime}); then the week's
 * results are revealed, scored beside the closing market, and bets settled. Deterministic for a seed.
 */
public final class SeasonSimulation {

    private final URI dataUrl;
    private final Path scratch;

    /** A replay that retrains never or weekly. */
    public SeasonSimulation() {
        this(null, null);
    }

    /**
     * A replay that can also retrain on trigger: the pipeline's private database is filled from
     * {@code dataUrl}; {@code scratch} holds its artifacts.
     */
    public SeasonSimulation(URI dataUrl, Path scratch) {
        this.dataUrl = dataUrl;
        this.scratch = scratch;
    }

    /** How many match weeks a replay of {@code seasons} has: its progress counts these. */
    public static int weeks(List<Match> history, io.matchday.data.SeasonRange seasons) {
        return (int) history.stream().filter(m -> seasons.contains(m.season()))
                .map(m -> WalkForwardBacktest.weekStart(m.date())).distinct().count();
    }

    public SimulationReport run(List<Match> history, SimulationConfig config, Consumer<WeekResult> onWeek) {
        if (config.retrain() == SimulationConfig.Retrain.ON_TRIGGER && dataUrl == null) {
            throw new MatchdayException("retraining on trigger needs a data source for the replay's own database");
        }
        List<Match> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(Match::date).thenComparing(m -> m.home().name()));
        TreeMap<LocalDate, List<Match>> weeks = new TreeMap<>();
        sorted.stream().filter(m -> config.seasons().contains(m.season()))
                .forEach(m -> weeks.computeIfAbsent(WalkForwardBacktest.weekStart(m.date()), k -> new ArrayList<>()).add(m));
        if (weeks.isEmpty()) {
            throw new MatchdayException("no stored matches of " + config.division() + " in " + config.seasons());
        }
        Trainer trainer = ModelZoo.trainer(config.model());
        boolean benchmark = trainer.name().equals(ModelZoo.MARKET);
        Model market = ModelZoo.closingMarket(sorted);
        BettingBook book = new BettingBook(config.strategy(), config.staking(), config.valueThreshold(), config.bankroll(),
                config.seed());
        SplittableRandom priceNoise = new SplittableRandom(config.seed() * 31 + 7);
        List<WeekResult> results = new ArrayList<>();
        Model model = null;
        int retrains = 0;
        double rpsSum = 0;
        double marketSum = 0;
        int scored = 0;
        int marketScored = 0;
        TriggeredRetraining triggered = config.retrain() != SimulationConfig.Retrain.ON_TRIGGER ? null
                : new TriggeredRetraining(dataUrl, scratch, config.division(), config.model(), weeks.firstKey());
        try {
        for (Map.Entry<LocalDate, List<Match>> week : weeks.entrySet()) {
            boolean retrained = false;
            String event = null;
            if (triggered != null) {
                var run = triggered.checkOn(week.getKey());
                retrained = run.isPresent();
                retrains += retrained ? 1 : 0;
                event = run.map(r -> r.status() + " after " + r.triggers()).orElse(null);
                model = triggered.champion();
            } else if (model == null || config.retrain() == SimulationConfig.Retrain.WEEKLY) {
                retrained = model != null;
                retrains += retrained ? 1 : 0;
                model = trainer.train(WalkForwardBacktest.trainingWindow(sorted, week.getKey(), 0));
            }
            double weekRps = 0;
            double weekMarket = 0;
            int n = 0;
            int m = 0;
            int bets = 0;
            double profit = 0;
            List<WeekResult.ForecastRow> rows = new ArrayList<>();
            for (Match match : week.getValue()) {
                Forecast f;
                try {
                    f = model.forecast(WalkForwardBacktest.pointInTime(match, benchmark));
                } catch (MissingPricesException noPrices) {
                    continue;
                }
                double[] p = f.probabilities();
                double r = ScoringRule.RPS.score(p, match.result());
                weekRps += r;
                n++;
                double[] marketP = null;
                try {
                    marketP = market.forecast(match.fixture()).probabilities();
                    weekMarket += ScoringRule.RPS.score(marketP, match.result());
                    m++;
                } catch (MissingPricesException noClosing) {
                    // scored against the market only where it has closing prices
                }
                double[] prices = match.odds().averageOpening().map(SeasonSimulation::array)
                        .orElseGet(() -> generatedPrices(p, config, priceNoise));
                double[] closing = match.odds().averageClosing().map(SeasonSimulation::array).orElse(null);
                Optional<Bet> bet = book.play(match.date(), match.home().name(), match.away().name(), p, prices, closing,
                        match.result());
                bets += bet.isPresent() ? 1 : 0;
                profit += bet.map(Bet::profit).orElse(0.0);
                rows.add(new WeekResult.ForecastRow(match.date(), match.home().name(), match.away().name(), round(p),
                        marketP == null ? null : round(marketP), code(match.result()), bet.map(b -> code(b.pick())).orElse(null),
                        bet.map(Bet::price).orElse(null), bet.map(b -> round(b.stake())).orElse(null),
                        bet.map(b -> round(b.profit())).orElse(null)));
            }
            if (n == 0) {
                continue;
            }
            rpsSum += weekRps;
            marketSum += weekMarket;
            scored += n;
            marketScored += m;
            WeekResult result = new WeekResult(week.getKey(), n, weekRps / n, m == 0 ? null : weekMarket / m, rpsSum / scored,
                    marketScored == 0 ? null : marketSum / marketScored, bets, round(profit), round(book.bankroll()), retrained,
                    event, model.provenance().lastMatch(), rows);
            results.add(result);
            onWeek.accept(result);
        }
        } finally {
            if (triggered != null) {
                triggered.close();
            }
        }
        BettingSummary betting = book.summary();
        return new SimulationReport(config.division().code(), config.seasons().toString(), config.model(),
                config.retrain().label(), config.strategy().name().toLowerCase(java.util.Locale.ROOT), config.staking().describe(),
                config.seed(), scored, rpsSum / scored, marketScored == 0 ? null : marketSum / marketScored, betting.roi(),
                betting.maxDrawdown(), retrains, betting, results);
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
