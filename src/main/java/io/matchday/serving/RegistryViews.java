package io.matchday.serving;

import io.matchday.models.ModelProvenance;
import io.matchday.registry.AliasChange;
import io.matchday.registry.ModelCard;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The registry as people read it: every model with its versions, gate decisions and alias audit; one version's card. */
public final class RegistryViews {

    /** A registered model with its versions (newest first) and alias audit log (newest first). */
    public record ModelView(String name, List<VersionRow> versions, List<AliasChange> audit) {
    }

    /** {@code standing}: the gate's decision, or "gate pending" / "interrupted" in words. */
    public record VersionRow(ModelVersion version, CatalogViews.Validation validation, String standing) {
    }

    /**
     * One version's card: its provenance, its parameters with the per-team ones as a table of strengths (attack,
     * defence), its validation, what it is for and where it stops being trustworthy, and the champion beside it.
     */
    public record Card(ModelVersion version, ModelProvenance provenance, Map<String, Object> parameters,
                       Map<String, Double[]> strengths, CatalogViews.Validation validation, String use, String limits,
                       Integer champion) {
    }

    /** Per-team parameters ({@code attack_Arsenal}, {@code defence_Arsenal}) shown as one table of team strengths. */
    private static final Pattern TEAM_PARAMETER = Pattern.compile("(attack|defence)_(.+)");

    private final ModelRegistry registry;
    private final Catalog catalog;
    /** A version's provenance never changes: loaded from its artifact once. */
    private final Map<String, ModelProvenance> provenance = new ConcurrentHashMap<>();

    RegistryViews(ModelRegistry registry, Catalog catalog) {
        this.registry = registry;
        this.catalog = catalog;
    }

    public List<String> names() {
        return registry.names();
    }

    public List<ModelView> models() {
        List<ModelView> models = new ArrayList<>();
        for (String name : registry.names()) {
            List<VersionRow> versions = registry.versions(name).stream()
                    .sorted(Comparator.comparingInt(ModelVersion::version).reversed())
                    .map(v -> new VersionRow(v, catalog.validation(v.runId()), registry.standing(v))).toList();
            List<AliasChange> audit = new ArrayList<>(registry.audit(name));
            Collections.reverse(audit);
            models.add(new ModelView(name, versions, audit));
        }
        return models;
    }

    /** The card of {@code version} of {@code name}; unknown when the registry has no such version. */
    public Card card(String name, int version) {
        ModelVersion v = registry.version(name, version);
        ModelProvenance p = provenance.computeIfAbsent(name + "@" + version, k -> registry.load(v).provenance());
        Map<String, Double[]> strengths = new TreeMap<>();
        Map<String, Object> others = new TreeMap<>();
        p.parameters().forEach((key, value) -> {
            Matcher m = TEAM_PARAMETER.matcher(key);
            if (m.matches() && value instanceof Number n) {
                strengths.computeIfAbsent(m.group(2), t -> new Double[2])[m.group(1).equals("attack") ? 0 : 1] = n.doubleValue();
            } else {
                others.put(key, value);
            }
        });
        return new Card(v, p, others, strengths, catalog.validation(v.runId()), ModelCard.intendedUse(v.trainer()),
                ModelCard.LIMITS, registry.alias(name, ModelRegistry.CHAMPION).orElse(null));
    }
}
