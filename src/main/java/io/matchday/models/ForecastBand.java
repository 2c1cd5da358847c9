package io.matchday.models;

/**
 * How sure a forecast is: for each probability, the central {@code level} interval of its values under the
 * uncertainty of the model's parameters. {@code over} (over 2.5 goals) only for models with score grids.
 */
public record ForecastBand(double level, double[] home, double[] draw, double[] away, double[] over) {
}
