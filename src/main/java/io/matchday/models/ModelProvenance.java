package io.matchday.models;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a trained model came from: the trainer and its parameters, the training window and a
 * fingerprint of the exact rows it saw, and the code version that trained it.
 */
public record ModelProvenance(String model, Map<String, Object> parameters, LocalDate firstMatch,
                              LocalDate lastMatch, LocalDate cutoff, int matches, String dataFingerprint,
                              String codeVersion) {

    public ModelProvenance {
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    static ModelProvenance of(String model, Map<String, Object> parameters, TrainingData data) {
        return new ModelProvenance(model, parameters, data.firstDate(), data.lastDate(), data.cutoff(),
                data.matches().size(), data.fingerprint(), CodeVersion.current());
    }
}
