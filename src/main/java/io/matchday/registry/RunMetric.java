package io.matchday.registry;

/** A metric of a run; {@code step} is -1 for a final value, else e.g. the backtest week index. */
public record RunMetric(String name, int step, String label, double value) {

    public static final int FINAL = -1;

    public static RunMetric of(String name, double value) {
        return new RunMetric(name, FINAL, null, value);
    }
}
