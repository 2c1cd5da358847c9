package io.matchday.web;

import io.matchday.api.ApiProblem;
import io.matchday.api.ConsoleQueries;
import io.matchday.api.FieldProblem;
import io.matchday.api.ForecastAnswer;
import io.matchday.api.ForecastService;
import io.matchday.api.OddsInput;
import io.matchday.api.PredictRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forecasts: upcoming fixtures and stored match weeks with the champion's view, one fixture in detail, and an ad-hoc forecast. */
@Controller
class ForecastsPages {

    private final Console console;
    private final ConsoleQueries queries;
    private final ForecastService forecasts;

    ForecastsPages(Console console, ConsoleQueries queries, ForecastService forecasts) {
        this.console = console;
        this.queries = queries;
        this.forecasts = forecasts;
    }

    @GetMapping("/forecasts")
    ResponseEntity<String> list(HttpServletRequest request, @RequestParam(required = false) String division,
                                @RequestParam(required = false) LocalDate week) {
        List<String> divisions = queries.divisions();
        if (divisions.isEmpty()) {
            return console.render("pages/forecasts.jte", console.page(request, "Forecasts", Section.FORECASTS),
                    params(divisions, null, null, null, null, List.of(), AskForm.empty("E0"), List.of()));
        }
        String d = division == null || !divisions.contains(division) ? divisions.contains("E0") ? "E0" : divisions.get(0) : division;
        List<LocalDate> weeks = queries.weeks(d);
        LocalDate shown = week != null ? week : weeks.isEmpty() ? null : weeks.get(0);
        return console.render("pages/forecasts.jte", console.page(request, "Forecasts " + d, Section.FORECASTS),
                params(divisions, d, queries.upcoming(d), shown == null ? null : queries.week(d, shown), shown, weeks,
                        AskForm.empty(d), queries.teamNames(d)));
    }

    private static Map<String, Object> params(List<String> divisions, String division, ConsoleQueries.Forecasts upcoming,
                                              ConsoleQueries.Forecasts week, LocalDate shown, List<LocalDate> weeks, AskForm form,
                                              List<String> teams) {
        Map<String, Object> p = new HashMap<>();
        p.put("divisions", divisions);
        p.put("division", division);
        p.put("upcoming", upcoming);
        p.put("week", week);
        p.put("shown", shown);
        p.put("weeks", weeks.size() > 80 ? weeks.subList(0, 80) : weeks);
        p.put("form", form);
        p.put("teams", teams);
        return p;
    }

    @GetMapping("/forecasts/fixture")
    ResponseEntity<String> fixture(HttpServletRequest request, @RequestParam String division, @RequestParam LocalDate date,
                                   @RequestParam String home, @RequestParam String away) {
        ConsoleQueries.FixtureDetail detail = queries.detail(division, date, home, away);
        return console.render("pages/fixture.jte", console.page(request, home + " v " + away, Section.FORECASTS),
                Map.of("detail", detail));
    }

    @GetMapping("/forecasts/ask")
    ResponseEntity<String> ask(HttpServletRequest request, @RequestParam(defaultValue = "") String home,
                               @RequestParam(defaultValue = "") String away, @RequestParam(defaultValue = "") String date,
                               @RequestParam(defaultValue = "E0") String division, @RequestParam(defaultValue = "") String homeOdds,
                               @RequestParam(defaultValue = "") String drawOdds, @RequestParam(defaultValue = "") String awayOdds) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        LocalDate day = null;
        if (!date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                add(errors, "date", "is not a date (yyyy-mm-dd): '" + date + "'");
            }
        }
        OddsInput odds = null;
        if (!(homeOdds.isBlank() && drawOdds.isBlank() && awayOdds.isBlank())) {
            odds = new OddsInput(price(homeOdds, "homeOdds", errors), price(drawOdds, "drawOdds", errors),
                    price(awayOdds, "awayOdds", errors));
        }
        ForecastAnswer answer = null;
        List<String> suggestions = List.of();
        String problem = null;
        HttpStatus status = HttpStatus.OK;
        if (errors.isEmpty()) {
            try {
                answer = forecasts.preview(new PredictRequest(home, away, day, division, odds, null, null));
            } catch (ApiProblem e) {
                status = HttpStatus.UNPROCESSABLE_ENTITY;
                for (FieldProblem f : e.errors()) {
                    add(errors, field(f.pointer()), f.message());
                }
                if (e.errors().isEmpty()) {
                    problem = e.getMessage();
                }
                Object s = e.extra().get("suggestions");
                if (s instanceof List<?> list) {
                    suggestions = list.stream().map(String::valueOf).toList();
                }
            }
        } else {
            status = HttpStatus.UNPROCESSABLE_ENTITY;
        }
        AskForm form = new AskForm(home, away, date, division, homeOdds, drawOdds, awayOdds, errors, suggestions, problem);
        List<String> teams;
        try {
            teams = queries.teamNames(division);
        } catch (ApiProblem unknownDivision) {
            teams = List.of();
        }
        Map<String, Object> p = new HashMap<>();
        p.put("form", form);
        p.put("answer", answer);
        p.put("teams", teams);
        p.put("divisions", queries.divisions());
        return console.render(status, "pages/ask.jte", console.page(request, "Ask for a forecast", Section.FORECASTS), p);
    }

    private static Double price(String text, String field, Map<String, List<String>> errors) {
        if (text.isBlank()) {
            add(errors, field, "is required when any price is given");
            return null;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            add(errors, field, "is not a number: '" + text + "'");
            return null;
        }
    }

    /** The form field a problem's JSON Pointer names. */
    static String field(String pointer) {
        return switch (pointer) {
            case "/home" -> "home";
            case "/away" -> "away";
            case "/date" -> "date";
            case "/division" -> "division";
            case "/odds/home" -> "homeOdds";
            case "/odds/draw" -> "drawOdds";
            case "/odds/away" -> "awayOdds";
            case "/odds" -> "homeOdds";
            default -> "form";
        };
    }

    private static void add(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    }
}
