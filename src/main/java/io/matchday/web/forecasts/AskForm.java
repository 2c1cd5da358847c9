package io.matchday.web.forecasts;

import io.matchday.web.FormErrors;
import java.util.List;

/**
 * The ad-hoc forecast form's fields as typed, what is wrong with each, the closest team names to an unknown one, and
 * a refusal about no field in particular.
 */
public record AskForm(String home, String away, String date, String division, String homeOdds, String drawOdds,
                      String awayOdds, FormErrors errors, List<String> suggestions, String problem) {

    public List<String> errors(String field) {
        return errors.all(field);
    }

    public boolean invalid(String field) {
        return errors.invalid(field);
    }

    static AskForm empty(String division) {
        return new AskForm("", "", "", division, "", "", "", FormErrors.NONE, List.of(), null);
    }
}
