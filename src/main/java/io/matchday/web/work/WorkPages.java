package io.matchday.web.work;

import io.matchday.NotFoundException;
import io.matchday.web.Console;
import io.matchday.web.Links;
import io.matchday.web.Page;
import io.matchday.web.Section;
import io.matchday.work.BackgroundWork;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Live progress of background work, polled by htmx, and cancelling it; each section follows its own work with {@link #page}. */
@Controller
public record WorkPages(Console console, BackgroundWork work) {

    @GetMapping("/work/{id}/progress")
    ResponseEntity<String> progress(HttpServletRequest request, @PathVariable String id) {
        BackgroundWork.Status status = find(id);
        String fragment = console.html(progress(request, status));
        if (status.state().ended() && status.kind() == BackgroundWork.Kind.REPLAY) {
            // A finished replay's page shows its report: htmx reloads the page instead of swapping the bar.
            return ResponseEntity.ok().header("HX-Refresh", "true").contentType(MediaType.TEXT_HTML).body(fragment);
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(fragment);
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

    /** The page of {@code section} that follows one piece of work until it ends. */
    public ResponseEntity<String> page(HttpServletRequest request, String id, Section section) {
        BackgroundWork.Status status = find(id);
        return console.render(new WorkPage(console.page(request, status.kind().label() + " " + status.title(), section),
                progress(request, status)));
    }

    /** The progress card of {@code status} for the person looking. */
    public WorkProgress progress(HttpServletRequest request, BackgroundWork.Status status) {
        Page page = console.page(request, "", Section.NONE);
        return new WorkProgress(status, page.csrfToken(), page.signedIn());
    }

    private BackgroundWork.Status find(String id) {
        return work.status(id).orElseThrow(() -> new NotFoundException("unknown-work", "Unknown work", "no background work " + id));
    }
}
