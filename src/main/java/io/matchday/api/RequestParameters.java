package io.matchday.api;

import io.matchday.MatchdayException;
import io.matchday.data.Division;

/** Parsing of the request parameters several controllers share, with the problem a bad one gets. */
final class RequestParameters {

    private RequestParameters() {
    }

    /** A division code, or a 422 problem pointing at {@code field}. */
    static Division division(String field, String code) {
        try {
            return Division.of(code);
        } catch (MatchdayException e) {
            throw ApiProblem.invalid(field, e.getMessage());
        }
    }
}
