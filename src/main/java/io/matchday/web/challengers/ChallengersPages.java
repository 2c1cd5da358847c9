package io.matchday.web.challengers;

import io.matchday.Refusal;
import io.matchday.http.RefusalStatus;
import io.matchday.reports.Charts;
import io.matchday.serving.ChallengerViews;
import io.matchday.web.Console;
import io.matchday.web.Notice;
import io.matchday.web.Section;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Challengers: the list, one challenger's path, and add, remove and promote. */
@Controller
record ChallengersPages(Console console, ChallengerViews challengers) {

    @GetMapping("/challengers")
    ResponseEntity<String> list(HttpServletRequest request, @RequestParam(required = false) String notice) {
        Notice shown = "removed".equals(notice) ? Notice.done("The challenger no longer shadows its champion; its forecasts "
                + "stay in the ledger.") : null;
        return list(request, HttpStatus.OK, shown);
    }

    @GetMapping("/challengers/{name}/{version}")
    ResponseEntity<String> show(HttpServletRequest request, @PathVariable String name, @PathVariable int version,
                                @RequestParam(required = false) String notice) {
        Notice shown = "added".equals(notice) ? Notice.done("Version " + version + " shadows the champion of " + name
                + " on every node within seconds.") : null;
        return show(request, HttpStatus.OK, name, version, shown);
    }

    @PostMapping("/challengers")
    ResponseEntity<String> add(HttpServletRequest request, @RequestParam(defaultValue = "") String name,
                               @RequestParam(required = false) Integer version, @RequestParam(defaultValue = "") String reason) {
        if (name.isBlank() || version == null || reason.isBlank()) {
            return list(request, HttpStatus.UNPROCESSABLE_ENTITY,
                    Notice.refused("A challenger needs a model name, a version and a reason (kept in the audit)."));
        }
        try {
            challengers.add(name.strip(), version, reason);
        } catch (Refusal e) {
            return list(request, RefusalStatus.of(e), Notice.refused(e.getMessage()));
        }
        return Console.seeOther("/challengers/" + name.strip() + "/" + version + "?notice=added");
    }

    @PostMapping("/challengers/{name}/{version}/remove")
    ResponseEntity<String> remove(HttpServletRequest request, @PathVariable String name, @PathVariable int version,
                                  @RequestParam(defaultValue = "") String reason) {
        if (reason.isBlank()) {
            return show(request, HttpStatus.UNPROCESSABLE_ENTITY, name, version,
                    Notice.refused("Removing a challenger needs a reason: it is kept in the audit."));
        }
        try {
            challengers.remove(name, version, reason);
        } catch (Refusal e) {
            return list(request, RefusalStatus.of(e), Notice.refused(e.getMessage()));
        }
        return Console.seeOther("/challengers?notice=removed");
    }

    @PostMapping("/challengers/{name}/{version}/promote")
    ResponseEntity<String> promote(HttpServletRequest request, @PathVariable String name, @PathVariable int version,
                                   @RequestParam(defaultValue = "") String reason) {
        if (reason.isBlank()) {
            return show(request, HttpStatus.UNPROCESSABLE_ENTITY, name, version,
                    Notice.refused("A promotion needs a reason: it is kept in the audit log."));
        }
        try {
            challengers.promote(name, version, reason);
        } catch (Refusal e) {
            return show(request, RefusalStatus.of(e), name, version, Notice.refused(e.getMessage()));
        }
        return Console.seeOther("/models/" + name + "/" + version + "?notice=promoted");
    }

    private ResponseEntity<String> list(HttpServletRequest request, HttpStatus status, Notice notice) {
        return console.render(status, new ChallengersPage(console.page(request, "Challengers", Section.CHALLENGERS),
                challengers.list(), notice));
    }

    private ResponseEntity<String> show(HttpServletRequest request, HttpStatus status, String name, int version, Notice notice) {
        ChallengerViews.Track track = challengers.track(name, version);
        return console.render(status, new ChallengerPage(console.page(request, name + " challenger v" + version,
                Section.CHALLENGERS).withCharts(), track.challenger(), chart(track.steps()), notice));
    }

    /** The cumulative mean difference after each settled match, inside its confidence sequence; null before the first. */
    static String chart(List<ChallengerViews.Step> steps) {
        if (steps.isEmpty()) {
            return null;
        }
        List<String> labels = steps.stream().map(s -> String.valueOf(s.settled())).toList();
        return Charts.line("settled matches", "mean RPS difference (challenger − champion)", labels, List.of(
                Charts.Series.of("mean difference", steps.stream().map(ChallengerViews.Step::meanRpsDifference).toList()),
                new Charts.Series("95 % sequence, low", steps.stream().map(ChallengerViews.Step::low).toList(), true),
                new Charts.Series("95 % sequence, high", steps.stream().map(ChallengerViews.Step::high).toList(), true)));
    }
}
