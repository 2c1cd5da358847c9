package io.matchday.http;

import io.matchday.serving.ForecastAnswer;
import java.util.List;

/** The forecasts of a batch, in request order. */
record BatchAnswer(int count, List<ForecastAnswer> forecasts) {
}
