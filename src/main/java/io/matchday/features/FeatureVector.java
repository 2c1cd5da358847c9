package io.matchday.features;

import java.util.Arrays;
import java.util.List;

/** Named pre-match features of one match or fixture; never NaN. */
public record FeatureVector(List<String> names, double[] values) {

    public FeatureVector {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " names for " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalStateException("feature " + names.get(i) + " is " + values[i]);
            }
        }
    }

    public double get(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no feature " + name + " in " + names);
        }
        return values[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureVector v && names.equals(v.names) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append(values[i]);
        }
        return s.append('}').toString();
    }
}
