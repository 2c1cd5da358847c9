package io.matchday.models;

/**
 * A trainer that wraps another and answers for it — name, whether it uses prices and whether it
 * reads closing prices — so a wrapper (a cache, a renaming) can never hide what the wrapped trainer is.
 * Subclasses override {@link #train} and, to rename, {@link #name}.
 */
public abstract class ForwardingTrainer implements Trainer {

    protected final Trainer delegate;

    protected ForwardingTrainer(Trainer delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public boolean usesPrices() {
        return delegate.usesPrices();
    }

    @Override
    public boolean readsClosingPrices() {
        return delegate.readsClosingPrices();
    }

    @Override
    public Model train(TrainingData data) {
        return delegate.train(data);
    }
}
