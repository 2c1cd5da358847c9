package io.matchday.web;

import io.matchday.api.ApiProblem;
import io.matchday.api.BackgroundWork;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Live progress of background work, polled by htmx, and cancelling it. */
@Controller
class WorkPages {

    private final Console console;
    private final BackgroundWork work;

    WorkPages(Console console, BackgroundWork work) {
        this.console = console;
        this.work = work;
    }

    @GetMapping("/work/{id}/progress")
    ResponseEntity<String> progress(HttpServletRequest request, @PathVariable String id) {
        BackgroundWork.Status status = find(id);
        ResponseEntity<String> fragment = console.fragment("fragments/work.jte", params(request, status));
        if (status.state().ended() && status.kind() == BackgroundWork.Kind.REPLAY) {
            // A finished replay's page shows its report: htmx reloads the page instead of swapping the bar.
            return ResponseEntity.ok().header("HX-Refresh", "true").contentType(org.springframework.http.MediaType.TEXT_HTML)
                    .body(fragment.getBody());
        }
        return fragment;
    }

    @GetMapping("/work/{id}")
    ResponseEntity<String> open(@PathVariable String id) {
        return Console.seeOther(Links.work(find(id)));
    }

    @PostMapping("/work/{id}/cancel")
    ResponseEntity<String> cancel(@PathVariable String id) {
        work.cancel(id);
        return Console.seeOther(Links.work(find(id)));
    }

    /** The page that follows one piece of work until it ends. */
    ResponseEntity<String> page(HttpServletRequest request, String id, Section section) {
        BackgroundWork.Status status = find(id);
        Map<String, Object> params = params(request, status);
        return console.render("pages/work.jte", console.page(request, status.kind().label() + " " + status.title(), section), params);
    }

    private Map<String, Object> params(HttpServletRequest request, BackgroundWork.Status status) {
        Page page = console.page(request, "", Section.NONE);
        Map<String, Object> params = new HashMap<>();
        params.put("work", status);
        params.put("csrf", page.csrfToken());
        params.put("admin", page.signedIn());
        return params;
    }

    BackgroundWork.Status find(String id) {
        return work.status(id).orElseThrow(() -> ApiProblem.notFound("unknown-work", "Unknown work",
                "no background work " + id));
    }
}
