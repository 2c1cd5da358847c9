package io.matchday;

/**
 * Something the caller named does not exist: a registered model, a version of it. Its own type so
 * an entry point can answer "not found" (HTTP 404) without reading the message.
 */
public class NotFoundException extends MatchdayException {

    public NotFoundException(String message) {
        super(message);
    }
}
