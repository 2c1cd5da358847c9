package io.matchday.serving;

import io.matchday.InvalidInputException;
import io.matchday.MatchdayException;
import io.matchday.data.Division;

/** What the read models share: a division named in a query, refused with its parameter when it is no division code. */
final class Views {

    private Views() {
    }

    static Division division(String code) {
        try {
            return Division.of(code);
        } catch (MatchdayException e) {
            throw InvalidInputException.of("division", e.getMessage());
        }
    }
}
