package io.matchday.web;

import io.matchday.api.ApiProblem;
import io.matchday.api.ConsoleQueries;
import io.matchday.api.ModelAdmin;
import io.matchday.models.ModelProvenance;
import io.matchday.registry.ModelCard;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelVersion;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry: models, versions, aliases, gate decisions, the audit log; a version's card; promote and roll back. */
@Controller
class ModelsPages {

    private final Console console;
    private final ModelRegistry registry;
    private final ConsoleQueries queries;
    private final ModelAdmin admin;
    /** Per-team parameters ({@code attack_Arsenal}, {@code defence_Arsenal}) shown as one table of team strengths. */
    private static final java.util.regex.Pattern TEAM_PARAMETER = java.util.regex.Pattern.compile("(attack|defence)_(.+)");

    /** Provenance never changes for a version: loaded from its artifact once. */
    private final Map<String, ModelProvenance> provenance = new ConcurrentHashMap<>();

    ModelsPages(Console console, ModelRegistry registry, ConsoleQueries queries, ModelAdmin admin) {
        this.console = console;
        this.registry = registry;
        this.queries = queries;
        this.admin = admin;
    }



    @GetMapping("/models")
    ResponseEntity<String> list(HttpServletRequest request) {
        List<Views.ModelView> models = new ArrayList<>();
        for (String name : registry.names()) {
            List<Views.VersionRow> versions = registry.versions(name).stream()
                    .sorted(Comparator.comparingInt(ModelVersion::version).reversed())
                    .map(v -> new Views.VersionRow(v, queries.validation(v.runId()), registry.standing(v))).toList();
            List<io.matchday.registry.AliasChange> audit = new ArrayList<>(registry.audit(name));
            java.util.Collections.reverse(audit);
            models.add(new Views.ModelView(name, versions, audit));
        }
        return console.render("pages/models.jte", console.page(request, "Models", Section.MODELS), Map.of("models", models));
    }

    @GetMapping("/models/{name}/{version}")
    ResponseEntity<String> card(HttpServletRequest request, @PathVariable String name, @PathVariable int version,
                                @RequestParam(required = false) String notice) {
        return card(request, HttpStatus.OK, name, version, notice, null);
    }

    @PostMapping("/models/{name}/{version}/promote")
    ResponseEntity<String> promote(HttpServletRequest request, @PathVariable String name, @PathVariable int version,
                                   @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean force) {
        if (reason.isBlank()) {
            return card(request, HttpStatus.UNPROCESSABLE_ENTITY, name, version, null,
                    new Views.Outcome(false, "A promotion needs a reason: it is kept in the audit log.", null));
        }
        ModelAdmin.Promotion p;
        try {
            p = admin.promote(name, version, reason, force, null, null, 0);
        } catch (ApiProblem e) {
            return card(request, e.status(), name, version, null, new Views.Outcome(false, e.getMessage(), null));
        }
        if (!p.promoted()) {
            return card(request, HttpStatus.CONFLICT, name, version, null, new Views.Outcome(false,
                    "Refused by the promotion gate: version " + version + " does not clearly beat the champion. "
                            + "Tick “skip the gate” to force it (audited).", p.gate()));
        }
        return Console.seeOther("/models/" + name + "/" + version + "?notice=promoted");
    }

    @PostMapping("/models/{name}/rollback")
    ResponseEntity<String> rollback(HttpServletRequest request, @PathVariable String name, @RequestParam(defaultValue = "") String reason,
                                    @RequestParam int version) {
        if (reason.isBlank()) {
            return card(request, HttpStatus.UNPROCESSABLE_ENTITY, name, version, null,
                    new Views.Outcome(false, "A rollback needs a reason: it is kept in the audit log.", null));
        }
        int to;
        try {
            to = admin.rollback(name, reason);
        } catch (ApiProblem e) {
            return card(request, e.status(), name, version, null, new Views.Outcome(false, e.getMessage(), null));
        }
        return Console.seeOther("/models/" + name + "/" + to + "?notice=rolled-back");
    }


    private ResponseEntity<String> card(HttpServletRequest request, HttpStatus status, String name, int version, String notice,
                                        Views.Outcome outcome) {
        ModelVersion v = registry.version(name, version);
        ModelProvenance p = provenance.computeIfAbsent(name + "@" + version, k -> registry.load(v).provenance());
        Views.Outcome shown = outcome != null ? outcome : "promoted".equals(notice)
                ? new Views.Outcome(true, "Version " + version + " is champion now; every node serves it within seconds.", null)
                : "rolled-back".equals(notice) ? new Views.Outcome(true, "Rolled back: version " + version + " is champion again.", null) : null;
        Map<String, Object> params = new HashMap<>();
        params.put("version", v);
        params.put("provenance", p);
        Map<String, Double[]> strengths = new java.util.TreeMap<>();
        Map<String, Object> others = new java.util.TreeMap<>();
        p.parameters().forEach((key, value) -> {
            java.util.regex.Matcher m = TEAM_PARAMETER.matcher(key);
            if (m.matches() && value instanceof Number n) {
                strengths.computeIfAbsent(m.group(2), t -> new Double[2])[m.group(1).equals("attack") ? 0 : 1] = n.doubleValue();
            } else {
                others.put(key, value);
            }
        });
        params.put("parameters", others);
        params.put("strengths", strengths);
        params.put("validation", queries.validation(v.runId()));
        params.put("use", ModelCard.intendedUse(v.trainer()));
        params.put("limits", ModelCard.LIMITS);
        params.put("champion", registry.alias(name, ModelRegistry.CHAMPION).orElse(null));
        params.put("outcome", shown);
        return console.render(status, "pages/card.jte", console.page(request, name + " v" + version, Section.MODELS), params);
    }
}
