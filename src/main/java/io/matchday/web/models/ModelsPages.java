package io.matchday.web.models;

import io.matchday.Refusal;
import io.matchday.http.RefusalStatus;
import io.matchday.registry.ModelTraining;
import io.matchday.serving.ModelAdmin;
import io.matchday.serving.RegistryViews;
import io.matchday.web.Console;
import io.matchday.web.Notice;
import io.matchday.web.Section;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry: models, versions, aliases, gate decisions, the audit log; a version's card; promote and roll back. */
@Controller
record ModelsPages(Console console, RegistryViews registry, ModelAdmin admin) {

    @GetMapping("/models")
    ResponseEntity<String> list(HttpServletRequest request) {
        return console.render(new ModelsPage(console.page(request, "Models", Section.MODELS), registry.models()));
    }

    @GetMapping("/models/{name}/{version}")
    ResponseEntity<String> card(HttpServletRequest request, @PathVariable String name, @PathVariable int version,
                                @RequestParam(required = false) String notice) {
        Notice shown = "promoted".equals(notice)
                ? Notice.done("Version " + version + " is champion now; every node serves it within seconds.")
                : "rolled-back".equals(notice) ? Notice.done("Rolled back: version " + version + " is champion again.") : null;
        return card(request, HttpStatus.OK, name, version, shown);
    }

    @PostMapping("/models/{name}/{version}/promote")
    ResponseEntity<String> promote(HttpServletRequest request, @PathVariable String name, @PathVariable int version,
                                   @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean force) {
        if (reason.isBlank()) {
            return card(request, HttpStatus.UNPROCESSABLE_ENTITY, name, version,
                    Notice.refused("A promotion needs a reason: it is kept in the audit log."));
        }
        ModelAdmin.Promotion p;
        try {
            p = admin.promote(name, version, reason, force, null, null, ModelTraining.DEFAULT_GATE_MARGIN);
        } catch (Refusal e) {
            return card(request, RefusalStatus.of(e), name, version, Notice.refused(e.getMessage()));
        }
        if (!p.promoted()) {
            return card(request, HttpStatus.CONFLICT, name, version, new Notice(false,
                    "Refused by the promotion gate: version " + version + " does not clearly beat the champion. "
                            + "Tick “skip the gate” to force it (audited).", p.gate()));
        }
        return Console.seeOther("/models/" + name + "/" + version + "?notice=promoted");
    }

    @PostMapping("/models/{name}/rollback")
    ResponseEntity<String> rollback(HttpServletRequest request, @PathVariable String name, @RequestParam(defaultValue = "") String reason,
                                    @RequestParam int version) {
        if (reason.isBlank()) {
            return card(request, HttpStatus.UNPROCESSABLE_ENTITY, name, version,
                    Notice.refused("A rollback needs a reason: it is kept in the audit log."));
        }
        int to;
        try {
            to = admin.rollback(name, reason);
        } catch (Refusal e) {
            return card(request, RefusalStatus.of(e), name, version, Notice.refused(e.getMessage()));
        }
        return Console.seeOther("/models/" + name + "/" + to + "?notice=rolled-back");
    }

    private ResponseEntity<String> card(HttpServletRequest request, HttpStatus status, String name, int version, Notice notice) {
        return console.render(status, new CardPage(console.page(request, name + " v" + version, Section.MODELS),
                registry.card(name, version), notice));
    }
}
