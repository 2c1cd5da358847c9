package io.matchday.web;

import java.util.List;
import java.util.Map;

/** The ad-hoc form's fields as typed, and what is wrong with each. */
public record AskForm(String home, String away, String date, String division, String homeOdds, String drawOdds,
                      String awayOdds, Map<String, List<String>> errors, List<String> suggestions, String problem) {

    public List<String> errors(String field) {
        return errors.getOrDefault(field, List.of());
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    static AskForm empty(String division) {
        return new AskForm("", "", "", division, "", "", "", Map.of(), List.of(), null);
    }
}
