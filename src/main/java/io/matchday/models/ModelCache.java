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

    private final ConcurrentHashMap<Key, FutureTask<Model>> models = new ConcurrentHashMap<>();

    public Model train(Trainer trainer, TrainingData data) {
        Key key = new Key(trainer.name(), data.firstDate(), data.cutoff(), data.matches().size());
        FutureTask<Model> task = new FutureTask<>(() -> trainer.train(data));
        FutureTask<Model> existing = models.putIfAbsent(key, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            return existing.get();
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
