package io.matchday.models;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Trained models shared within one run (a backtest, say), keyed by trainer and training window,
 * so an ensemble re-uses the component fits the run already made instead of repeating them.
 * Safe across threads; each window is trained once.
 */
public final class ModelCache {

    private record Key(String trainer, LocalDate first, LocalDate cutoff, int matches) { }

    /** A fit, and the thread making it: a thread waiting for its own fit would wait forever. */
    private record Fit(FutureTask<Model> task, Thread owner) { }

    private final ConcurrentHashMap<Key, Fit> models = new ConcurrentHashMap<>();

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

    /** A trainer whose fits go through this cache. */
    public Trainer caching(Trainer trainer) {
        return new Trainer() {
            @Override
            public String name() {
                return trainer.name();
            }

            @Override
            public boolean usesPrices() {
                return trainer.usesPrices();
            }

            @Override
            public Model train(TrainingData data) {
                return ModelCache.this.train(trainer, data);
            }
        };
    }
}
