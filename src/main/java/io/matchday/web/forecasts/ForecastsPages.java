package io.matchday.web.forecasts;

import io.matchday.Refusal;
import io.matchday.data.Division;
import io.matchday.serving.Catalog;
import io.matchday.serving.FixtureForecasts;
import io.matchday.serving.ForecastAnswer;
import io.matchday.serving.ForecastService;
import io.matchday.serving.OddsInput;
import io.matchday.serving.PredictRequest;
import io.matchday.web.Console;
import io.matchday.web.FormErrors;
import io.matchday.web.Section;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forecasts: upcoming fixtures and stored match weeks with the champion's view, one fixture in detail, and an ad-hoc forecast. */
@Controller
record ForecastsPages(Console console, Catalog catalog, FixtureForecasts fixtures, ForecastService forecasts) {

    /** Most stored weeks offered in the week picker. */
    private static final int WEEKS = 80;
    /** The request's JSON Pointers and the ask form's fields where their names differ. */
    private static final Map<String, String> FIELDS = Map.of("/home", "home", "/away", "away", "/date", "date",
            "/division", "division", "/odds/home", "homeOdds", "/odds/draw", "drawOdds", "/odds/away", "awayOdds",
            "/odds", "homeOdds");


    @GetMapping("/forecasts")
    ResponseEntity<String> list(HttpServletRequest request, @RequestParam(required = false) String division,
                                @RequestParam(required = false) LocalDate week) {
        List<String> divisions = catalog.divisions();
        if (divisions.isEmpty()) {
            return console.render(new ForecastsPage(console.page(request, "Forecasts", Section.FORECASTS), divisions, null, null,
                    null, null, List.of(), AskForm.empty(Division.DEFAULT_CODE), List.of()));
        }
        String d = division != null && divisions.contains(division) ? division : catalog.preferredDivision();
        List<LocalDate> weeks = fixtures.weeks(d);
        LocalDate shown = week != null ? week : weeks.isEmpty() ? null : weeks.get(0);
        return console.render(new ForecastsPage(console.page(request, "Forecasts " + d, Section.FORECASTS), divisions, d,
                fixtures.upcoming(d), shown == null ? null : fixtures.week(d, shown), shown,
                weeks.size() > WEEKS ? weeks.subList(0, WEEKS) : weeks, AskForm.empty(d), catalog.teamNames(d)));
    }

    @GetMapping("/forecasts/fixture")
    ResponseEntity<String> fixture(HttpServletRequest request, @RequestParam String division, @RequestParam LocalDate date,
                                   @RequestParam String home, @RequestParam String away) {
        return console.render(FixturePage.of(console.page(request, home + " v " + away, Section.FORECASTS),
                fixtures.detail(division, date, home, away)));
    }

    @GetMapping("/forecasts/ask")
    ResponseEntity<String> ask(HttpServletRequest request, @RequestParam(defaultValue = "") String home,
                               @RequestParam(defaultValue = "") String away, @RequestParam(defaultValue = "") String date,
                               @RequestParam(defaultValue = Division.DEFAULT_CODE) String division,
                               @RequestParam(defaultValue = "") String homeOdds, @RequestParam(defaultValue = "") String drawOdds,
                               @RequestParam(defaultValue = "") String awayOdds) {
        Parsed parsed = new Parsed();
        LocalDate day = parsed.date(date);
        OddsInput odds = homeOdds.isBlank() && drawOdds.isBlank() && awayOdds.isBlank() ? null
                : new OddsInput(parsed.price(homeOdds, "homeOdds"), parsed.price(drawOdds, "drawOdds"),
                parsed.price(awayOdds, "awayOdds"));
        ForecastAnswer answer = null;
        List<String> suggestions = List.of();
        String problem = null;
        FormErrors errors = parsed.errors;
        if (errors.isEmpty()) {
            try {
                answer = forecasts.preview(new PredictRequest(home, away, day, division, odds, null, null, null,
                        io.matchday.serving.FixtureForecasts.BAND_LEVEL));
            } catch (Refusal e) {
                errors = e.fields().isEmpty() ? FormErrors.NONE : FormErrors.of(e, ForecastsPages::field);
                problem = e.fields().isEmpty() ? e.getMessage() : null;
                if (e.details().get("suggestions") instanceof List<?> list) {
                    suggestions = list.stream().map(String::valueOf).toList();
                }
            }
        }
        HttpStatus status = answer == null ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK;
        List<String> teams;
        try {
            teams = catalog.teamNames(division);
        } catch (Refusal unknownDivision) {
            teams = List.of();
        }
        AskForm form = new AskForm(home, away, date, division, homeOdds, drawOdds, awayOdds, errors, suggestions, problem);
        return console.render(status, new AskPage(console.page(request, "Ask for a forecast", Section.FORECASTS), form, answer,
                teams, catalog.divisions()));
    }

    /** The form field a refusal's JSON Pointer names; one the form has no field for goes to the whole form. */
    static String field(String pointer) {
        return FIELDS.getOrDefault(pointer, FormErrors.FORM);
    }

    /** The form's text fields as values, with what is wrong with them. */
    private static final class Parsed {
        FormErrors errors = FormErrors.NONE;

        LocalDate date(String text) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                errors = errors.with("date", "is not a date (yyyy-mm-dd): '" + text + "'");
                return null;
            }
        }

        Double price(String text, String field) {
            if (text.isBlank()) {
                errors = errors.with(field, "is required when any price is given");
                return null;
            }
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                errors = errors.with(field, "is not a number: '" + text + "'");
                return null;
            }
        }
    }
}
