package io.matchday.jobs;

/** One retraining trigger as evaluated: whether it fired, the value seen and its threshold. */
public record Trigger(String name, boolean fired, Double observed, Double threshold, String detail) {
}
