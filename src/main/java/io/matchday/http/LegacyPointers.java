package io.matchday.http;

import io.matchday.Refusal;
import java.util.Map;

/** Field pointers of the native request renamed to the reference shape's, so errors name the fields its clients sent. */
final class LegacyPointers {

    private static final Map<String, String> NAMES = Map.of("/home", "/home_team", "/away", "/away_team",
            "/odds/home", "/home_odds", "/odds/draw", "/draw_odds", "/odds/away", "/away_odds", "/odds", "/home_odds");

    private LegacyPointers() {
    }

    static ApiProblem rename(Refusal refusal) {
        return ApiProblem.of(refusal).withPointers(p -> NAMES.getOrDefault(p, p));
    }
}
