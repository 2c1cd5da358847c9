package io.matchday.features;

/** An exponentially weighted mean that starts from a prior instead of being undefined. */
final class Ewma {

    private final double decay;
    private double value;

    Ewma(double decay, double prior) {
        this.decay = decay;
        this.value = prior;
    }

    void add(double x) {
        value += decay * (x - value);
    }

    double value() {
        return value;
    }

    Ewma copy() {
        return new Ewma(decay, value);
    }
}
