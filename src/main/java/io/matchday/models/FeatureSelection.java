package io.matchday.models;

import io.matchday.data.Match;
import io.matchday.features.FeatureBuilder;
import io.matchday.features.FeatureConfig;
import io.matchday.features.FeatureVector;
import java.util.List;

/**
 * The feature columns a learner uses, over a replayed training window: shared by the models
 * that learn from point-in-time features (logistic, the rating links, the tree ensembles).
 *
 * @param names the chosen feature names, in column order
 */
record FeatureSelection(FeatureBuilder.Replay replay, List<String> names, int[] columns) {

    /** Replays the window; {@code use} names the features, or is empty for all of them. */
    static FeatureSelection of(FeatureConfig config, List<String> use, TrainingData data) {
        FeatureBuilder builder = new FeatureBuilder(config);
        List<String> names = use.isEmpty() ? builder.names() : use;
        return new FeatureSelection(data.replay(config), names, columnsOf(names, builder.names()));
    }

    List<Match> matches() {
        return replay.matches();
    }

    /** Index of the first of the last {@code recent} matches. */
    int recentFrom(int recent) {
        return Math.max(0, replay.matches().size() - recent);
    }

    double[] row(int match) {
        return select(replay.rows().get(match));
    }

    /** Only what forecasting needs: the state after the window and the chosen columns. */
    Snapshot snapshot() {
        return new Snapshot(replay.state(), names, columns);
    }

    /** The part of a selection a trained model keeps: no training rows. */
    record Snapshot(io.matchday.features.FeatureState state, List<String> names, int[] columns) {
        double[] forFixture(io.matchday.data.Fixture fixture) {
            return select(state.forFixture(fixture), columns);
        }

        static Snapshot of(io.matchday.features.FeatureState state, List<String> names) {
            return new Snapshot(state, names, columnsOf(names, state.names()));
        }
    }

    double[] select(FeatureVector v) {
        return select(v, columns);
    }

    private static double[] select(FeatureVector v, int[] columns) {
        double[] x = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            x[j] = v.values()[columns[j]];
        }
        return x;
    }

    private static int[] columnsOf(List<String> names, List<String> available) {
        return names.stream().mapToInt(name -> {
            int i = available.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no feature " + name + " in " + available);
            }
            return i;
        }).toArray();
    }
}
