package io.matchday.evaluation;

import io.matchday.data.Outcome;

/** One forecast next to what happened. */
public record Scored(double[] probabilities, Outcome outcome) {
}
