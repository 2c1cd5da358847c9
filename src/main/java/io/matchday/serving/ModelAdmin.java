package io.matchday.serving;

import io.matchday.InvalidInputException;
import io.matchday.MatchdayException;
import io.matchday.Refusal;
import io.matchday.data.Division;
import io.matchday.monitoring.AlertKind;
import io.matchday.monitoring.AlertStore;
import io.matchday.registry.GateDecision;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Changing what is served, for the admin API and the console alike: a promotion through the gate
 * (or forced, audited as such) and a rollback. Every node picks up the move; this one at once.
 */
public final class ModelAdmin {

    /** What a promotion did: whether the version is champion now, and the gate's numbers unless it was forced. */
    public record Promotion(String model, int version, boolean promoted, boolean forced, String gate) {
    }

    private final ModelTraining training;
    private final ModelRegistry registry;
    private final ServedModels served;
    private final AlertStore alerts;

    ModelAdmin(ModelTraining training, ModelRegistry registry, ServedModels served, AlertStore alerts) {
        this.training = training;
        this.registry = registry;
        this.served = served;
        this.alerts = alerts;
    }

    /**
     * Promotes {@code version} of {@code name}; the gate validates on {@code division}'s data (by default the division
     * the model's name starts with, else E0). A refusal by the gate is not an error here: the answer says it and why.
     */
    public Promotion promote(String name, int version, String reason, boolean force, String division, String validation,
                             double margin) {
        Division d = division == null || division.isBlank() ? divisionOf(name)
                : refused(() -> Division.of(division), "/division");
        ModelTraining.GatedPromotion result = refused(() -> training.promote(name, version, reason, force, d, validation, margin),
                null);
        if (result.promoted()) {
            served.refresh();
        }
        Map<String, String> labels = Map.of("division", d.code(), "model", name);
        if (result.promoted()) {
            alerts.resolve(AlertKind.PROMOTION_REFUSED, labels);
        } else {
            alerts.raise(AlertKind.PROMOTION_REFUSED, labels, name + " v" + version,
                    "the promotion gate refused " + name + " v" + version + ": "
                            + result.decision().map(GateDecision::summary).orElse("no decision"), null, null);
        }
        return new Promotion(name, version, result.promoted(), force, result.decision().map(GateDecision::summary).orElse(null));
    }

    /** Moves the champion back to its previous version; returns that version. */
    public int rollback(String name, String reason) {
        int version = refused(() -> registry.rollback(name, reason), null);
        served.refresh();
        return version;
    }

    /** The division a model's name starts with ({@code sp1-outcome} → SP1), else E0. */
    static Division divisionOf(String model) {
        int dash = model.indexOf('-');
        if (dash > 0) {
            try {
                return Division.of(model.substring(0, dash).toUpperCase(Locale.ROOT));
            } catch (MatchdayException notADivision) {
                // a free-form model name: fall through to the default division
            }
        }
        return Division.DEFAULT;
    }

    /**
     * The registry's refusals are the caller's to fix: a model or version that does not exist stays "not found"; any
     * other (no previous champion, no data to validate on, …) is a request that cannot be done.
     */
    private static <T> T refused(Supplier<T> call, String pointer) {
        try {
            return call.get();
        } catch (Refusal e) {
            throw e;
        } catch (MatchdayException e) {
            if (pointer != null) {
                throw InvalidInputException.of(pointer, e.getMessage());
            }
            throw new InvalidInputException("admin-request", "Cannot do this", e.getMessage(), List.of(), Map.of());
        }
    }
}
