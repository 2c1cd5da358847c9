package io.matchday.evaluation;

/** One model's backtest: its scores and its RPS difference to the market with a 95 % interval. */
public record ModelResult(String name, boolean usesPrices, Evaluation evaluation,
                          PairedBootstrap.Difference deltaRpsVsMarket, double[] rpsByMatch,
                          double[][] probabilities) {
}
