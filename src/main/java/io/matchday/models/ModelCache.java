package io.matchday.models;

import io.matchday.data.Fixture;
import io.matchday.data.Match;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Trained models shared within one run (a backtest, say), keyed by trainer and training window,
 * so an ensemble re-uses the component fits the run already made instead of repeating them, and
 * their out-of-sample forecasts of past matches.
 * Safe across threads; each window is trained once.
 */
public final class ModelCache {

    private record Key(String trainer, LocalDate first, LocalDate cutoff, int matches) { }

    /** A fit, and the thread making it: a thread waiting for its own fit would wait forever. */
    private record Fit(FutureTask<Model> task, Thread owner) { }

    private record HoldoutKey(Key window, Match.MatchKey match) { }

    /** A window of a sorted history: its first date, cutoff and length identify it within a run. */
    private record Window(LocalDate first, LocalDate cutoff, int matches) { }

    private final ConcurrentHashMap<Key, Fit> models = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<HoldoutKey, Optional<double[]>> holdouts = new ConcurrentHashMap<>();
    /** Hold-out windows cut once and shared by every component, so they also share the window's feature replay. */
    private final ConcurrentHashMap<Window, TrainingData> windows = new ConcurrentHashMap<>();

    public Model train(Trainer trainer, TrainingData data) {
        Key key = new Key(trainer.name(), data.firstDate(), data.cutoff(), data.matches().size());
        Fit fit = new Fit(new FutureTask<>(() -> trainer.train(data)), Thread.currentThread());
        Fit existing = models.putIfAbsent(key, fit);
        if (existing == null) {
            fit.task().run();
            existing = fit;
        } else if (existing.owner() == Thread.currentThread() && !existing.task().isDone()) {
            throw new IllegalStateException("recursive training of " + trainer.name() + " for the same window");
        }
        try {
            return existing.task().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training " + trainer.name(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The probabilities {@code trainer}'s model for the window of {@code history}'s matches before
     * {@code cutoff} gives {@code fixture} of {@code match}; empty when the model lacks its prices.
     * Made once per run: an ensemble scores the same past months again every week. The window is
     * cut and the model trained only when a forecast is missing.
     *
     * @param history sorted by date, as a {@link TrainingData}'s matches are
     */
    public Optional<double[]> holdout(Trainer trainer, List<Match> history, LocalDate cutoff, Match match,
                                      Fixture fixture) {
        if (match.date().isBefore(cutoff)) {
            throw new IllegalArgumentException("match on " + match.date() + " is inside the window before " + cutoff
                    + ": its forecast would not be out of sample");
        }
        int size = countBefore(history, cutoff);
        if (size == 0) {
            throw new IllegalArgumentException("no matches before " + cutoff + " to train on");
        }
        HoldoutKey key = new HoldoutKey(new Key(trainer.name(), history.get(0).date(), cutoff, size), match.key());
        Optional<double[]> known = holdouts.get(key);
        if (known != null) {
            return known;
        }
        TrainingData window = windows.computeIfAbsent(new Window(history.get(0).date(), cutoff, size),
                w -> new TrainingData(history.subList(0, size), cutoff));
        Model model = trainer.train(window);
        Optional<double[]> made;
        try {
            made = Optional.of(model.forecast(fixture).probabilities());
        } catch (MissingPricesException e) {
            made = Optional.empty();
        }
        holdouts.put(key, made);
        return made;
    }

    private static int countBefore(List<Match> sorted, LocalDate cutoff) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).date().isBefore(cutoff)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** A trainer whose fits go through this cache. */
    public Trainer caching(Trainer trainer) {
        return new ForwardingTrainer(trainer) {
            @Override
            public Model train(TrainingData data) {
                return ModelCache.this.train(trainer, data);
            }
        };
    }
}
