package io.matchday.features;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The models' default hyper-parameters, read from {@code hyperparameters.properties} on the class
 * path. The file, not the code, is the record of the tuning: beside each tuned value it keeps the
 * seasons it was tuned on, the grid tried and the score of each value.
 */
public final class Hyperparameters {

    static final String RESOURCE = "/io/matchday/features/hyperparameters.properties";

    private static final Hyperparameters DEFAULTS = load(RESOURCE);

    private final String source;
    private final Properties values;

    Hyperparameters(String source, Properties values) {
        this.source = source;
        this.values = values;
    }

    /** The shipped defaults. */
    public static Hyperparameters defaults() {
        return DEFAULTS;
    }

    static Hyperparameters load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Hyperparameters.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return new Hyperparameters(resource, properties);
    }

    public double number(String key) {
        return parsed(key, Double::parseDouble, "a number");
    }

    public int integer(String key) {
        return parsed(key, Integer::parseInt, "a whole number");
    }

    public boolean bool(String key) {
        return parsed(key, v -> switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new NumberFormatException(v);
        }, "true or false");
    }

    private <T> T parsed(String key, java.util.function.Function<String, T> parse, String kind) {
        String value = text(key);
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key + " = '" + value + "' in " + source + " is not " + kind, e);
        }
    }

    public boolean flag(String key) {
        String value = text(key);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalStateException(key + " = '" + value + "' in " + source + " is neither true nor false");
        }
        return Boolean.parseBoolean(value);
    }

    /**
     * Every {@code prefix.name = value} as {@code name → value}, sorted by name: whole numbers as
     * {@link Long}, other numbers as {@link Double} (a library that reads {@code 10.0} as a depth
     * would refuse it), anything else as text.
     */
    public Map<String, Object> group(String prefix) {
        Map<String, Object> group = new TreeMap<>();
        for (String key : values.stringPropertyNames()) {
            if (key.startsWith(prefix + ".")) {
                group.put(key.substring(prefix.length() + 1), typed(values.getProperty(key).strip()));
            }
        }
        if (group.isEmpty()) {
            throw new IllegalStateException("no " + prefix + ".* in " + source);
        }
        return group;
    }

    private static Object typed(String value) {
        if (value.matches("-?\\d+")) {
            return Long.parseLong(value);
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private String text(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no " + key + " in " + source);
        }
        return value.strip();
    }
}
