package io.matchday.evaluation;

import io.matchday.MatchdayException;
import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.models.Forecast;
import io.matchday.models.MissingPricesException;
import io.matchday.models.Model;
import io.matchday.models.ModelZoo;
import io.matchday.models.PointInTime;
import io.matchday.models.Trainer;
import io.matchday.models.TrainingData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Walk-forward evaluation: the test matches are split into weeks (Monday to Sunday); for every
 * week and model, a model is trained on the matches before that Monday and forecasts the week.
 * Each model sees a fixture as {@link PointInTime#forScoring} allows: closing prices only for the
 * closing-market benchmark. Deterministic: results do not depend on the thread count.
 */
public final class WalkForwardBacktest {

    private final BacktestConfig config;
    private final PairedBootstrap bootstrap;
    private final String benchmark;

    /** A backtest whose ΔRPS are measured against the closing market. */
    public WalkForwardBacktest(BacktestConfig config, PairedBootstrap bootstrap) {
        this(config, bootstrap, ModelZoo.MARKET);
    }

    /**
     * @param benchmark the model every ΔRPS is measured against, e.g. {@code market-open} for seasons
     *                  the files have no closing prices for
     */
    public WalkForwardBacktest(BacktestConfig config, PairedBootstrap bootstrap, String benchmark) {
        this.config = config;
        this.bootstrap = bootstrap;
        this.benchmark = benchmark;
    }

    /** @param progress called with the number of finished (model, week) trainings */
    public BacktestReport run(List<Match> history, List<Trainer> trainers, IntConsumer progress) {
        long start = System.nanoTime();
        List<Match> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(Match::date).thenComparing(m -> m.home().name()));
        List<Match> test = sorted.stream().filter(m -> config.testSeasons().contains(m.season())).toList();
        if (test.isEmpty()) {
            throw new MatchdayException("no stored matches in the test seasons " + config.testSeasons());
        }
        TreeMap<LocalDate, List<Integer>> weeks = new TreeMap<>();
        for (int i = 0; i < test.size(); i++) {
            weeks.computeIfAbsent(weekStart(test.get(i).date()), k -> new ArrayList<>()).add(i);
        }
        double[] trainSeconds = new double[trainers.size()];
        Forecast[][] all = forecastAll(sorted, test, weeks, trainers, trainSeconds, progress);
        // A model that can forecast less than half the window (e.g. the closing market where the files
        // have no closing prices) is left out with a note instead of emptying everyone's comparison.
        List<Integer> kept = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (int t = 0; t < trainers.size(); t++) {
            long covered = Arrays.stream(all[t]).filter(Objects::nonNull).count();
            if (2 * covered >= test.size() || trainers.get(t).name().equals(benchmark)) {
                kept.add(t);
            } else {
                leftOut.add(trainers.get(t).name() + ": forecast " + covered + " of " + test.size()
                        + " test matches (no prices it needs), left out");
            }
        }
        List<Trainer> models = kept.stream().map(trainers::get).toList();
        Forecast[][] forecasts = kept.stream().map(t -> all[t]).toArray(Forecast[][]::new);
        double[] seconds = kept.stream().mapToDouble(t -> trainSeconds[t]).toArray();
        List<Integer> common = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            boolean every = true;
            for (Forecast[] f : forecasts) {
                every &= f[i] != null;
            }
            if (every) {
                common.add(i);
            }
        }
        if (common.isEmpty()) {
            throw new MatchdayException("no test match has a forecast from every model"
                    + (models.stream().anyMatch(t -> t.name().equals(benchmark))
                    ? " (the benchmark " + benchmark + " has no prices in " + config.testSeasons() + "?)" : ""));
        }
        List<Match> scoredMatches = common.stream().map(test::get).toList();
        List<ModelResult> results = score(models, forecasts, common, scoredMatches, seconds);
        List<Forecast[]> scoredForecasts = new ArrayList<>();
        for (Forecast[] f : forecasts) {
            scoredForecasts.add(common.stream().map(i -> f[i]).toArray(Forecast[]::new));
        }
        boolean closing = models.stream().filter(t -> t.name().equals(benchmark)).anyMatch(Trainer::readsClosingPrices);
        Totals totals = Totals.of(models.stream().map(Trainer::name).toList(), scoredForecasts, scoredMatches, closing,
                bootstrap).orElse(null);
        return new BacktestReport(test.get(0).division().code(), config.testSeasons().toString(), scoredMatches,
                results, test.size() - common.size(), (System.nanoTime() - start) / 1e9, benchmark, leftOut, totals);
    }

    /** The Monday that starts the backtest week of a date. */
    public static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private Forecast[][] forecastAll(List<Match> history, List<Match> test, Map<LocalDate, List<Integer>> weeks,
                                     List<Trainer> trainers, double[] trainSeconds, IntConsumer progress) {
        Forecast[][] forecasts = new Forecast[trainers.size()][test.size()];
        // One window per week, shared by every model: each is cut, sorted and fingerprinted once.
        Map<LocalDate, TrainingData> windows = new TreeMap<>();
        for (LocalDate week : weeks.keySet()) {
            windows.put(week, window(history, week));
        }
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "matchday-backtest");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.LongAdder[] nanos = new java.util.concurrent.atomic.LongAdder[trainers.size()];
            java.util.Arrays.setAll(nanos, t -> new java.util.concurrent.atomic.LongAdder());
            // Week by week, every model: the models of a week share its window's feature replay.
            for (Map.Entry<LocalDate, List<Integer>> week : weeks.entrySet()) {
                for (int t = 0; t < trainers.size(); t++) {
                    int model = t;
                    tasks.add(pool.submit(() -> {
                        nanos[model].add(forecastWeek(windows.get(week.getKey()), test, week.getValue(),
                                trainers.get(model), forecasts[model]));
                        progress.accept(done.incrementAndGet());
                    }));
                }
            }
            for (Future<?> task : tasks) {
                task.get();
            }
            for (int t = 0; t < trainers.size(); t++) {
                trainSeconds[t] = nanos[t].sum() / 1e9;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MatchdayException("backtest interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return forecasts;
    }

    private TrainingData window(List<Match> history, LocalDate weekStart) {
        return trainingWindow(history, weekStart, config.rollingDays());
    }

    /**
     * What a model may learn from for the week starting {@code weekStart}: every match before that
     * Monday (within {@code rollingDays} of it when positive). Shared with the season replay, so both
     * train on exactly the same rows.
     */
    public static TrainingData trainingWindow(List<Match> history, LocalDate weekStart, int rollingDays) {
        LocalDate from = rollingDays > 0 ? weekStart.minusDays(rollingDays) : LocalDate.MIN;
        return new TrainingData(history.stream()
                .filter(m -> m.date().isBefore(weekStart) && !m.date().isBefore(from)).toList(), weekStart);
    }

    /** @return nanoseconds the training took */
    private long forecastWeek(TrainingData window, List<Match> test, List<Integer> indices, Trainer trainer,
                              Forecast[] out) {
        long start = System.nanoTime();
        Model model = trainer.train(window);
        long trained = System.nanoTime() - start;
        for (int i : indices) {
            Match match = test.get(i);
            Fixture fixture = PointInTime.forScoring(match, trainer);
            try {
                out[i] = model.forecast(fixture);
            } catch (MissingPricesException e) {
                out[i] = null;
            }
        }
        return trained;
    }

    private List<ModelResult> score(List<Trainer> trainers, Forecast[][] forecasts, List<Integer> common,
                                    List<Match> matches, double[] trainSeconds) {
        int marketIndex = -1;
        for (int t = 0; t < trainers.size(); t++) {
            if (trainers.get(t).name().equals(benchmark)) {
                marketIndex = t;
            }
        }
        double[][] rps = new double[trainers.size()][common.size()];
        List<List<Scored>> scored = new ArrayList<>();
        for (int t = 0; t < trainers.size(); t++) {
            List<Scored> list = new ArrayList<>();
            for (int k = 0; k < common.size(); k++) {
                double[] p = forecasts[t][common.get(k)].probabilities();
                list.add(new Scored(p, matches.get(k).result()));
                rps[t][k] = ScoringRule.RPS.score(p, matches.get(k).result());
            }
            scored.add(list);
        }
        List<ModelResult> results = new ArrayList<>();
        for (int t = 0; t < trainers.size(); t++) {
            PairedBootstrap.Difference delta = marketIndex < 0 ? null : bootstrap.difference(rps[t], rps[marketIndex]);
            double[][] probabilities = scored.get(t).stream().map(Scored::probabilities).toArray(double[][]::new);
            results.add(new ModelResult(trainers.get(t).name(), trainers.get(t).usesPrices(),
                    Evaluation.of(scored.get(t)), delta, rps[t], probabilities, trainSeconds[t]));
        }
        return results;
    }
}
