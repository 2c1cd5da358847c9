package io.matchday.models;

/**
 * Turns a training window into a {@link Model}. A trainer holds only its configuration; the same
 * window and configuration give the same model.
 */
public interface Trainer {

    String name();

    boolean usesPrices();

    /**
     * True for a benchmark that reads closing prices (see {@link PointInTime}): never acted on before
     * kick-off. Not defaulted, so a wrapper cannot silently hide it.
     */
    boolean readsClosingPrices();

    Model train(TrainingData data);
}
