package io.matchday.models;

/**
 * Turns a training window into a {@link Model}. A trainer holds only its configuration; the same
 * window and configuration give the same model.
 */
public interface Trainer {

    String name();

    boolean usesPrices();

    Model train(TrainingData data);
}
