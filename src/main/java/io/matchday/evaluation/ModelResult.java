package io.matchday.evaluation;

/**
 * One model's backtest: its scores and its RPS difference to the market with a 95 % interval.
 * {@code trainSeconds} is the time its weekly trainings took, summed over weeks (an ensemble's
 * includes the component fits it made first; fits another model already made are free to it).
 */
public record ModelResult(String name, boolean usesPrices, Evaluation evaluation,
                          PairedBootstrap.Difference deltaRpsVsMarket, double[] rpsByMatch,
                          double[][] probabilities, double trainSeconds) {
}
