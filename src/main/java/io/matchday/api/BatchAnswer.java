package io.matchday.api;

import java.util.List;

/** The forecasts of a batch, in request order. */
record BatchAnswer(int count, List<ForecastAnswer> forecasts) {
}
