package io.matchday;

/**
 * Root of every error Matchday raises on purpose. The message is written for the person who
 * ran the command or sent the request: one line that names the thing that was wrong.
 */
public class MatchdayException extends RuntimeException {

    public MatchdayException(String message) {
        super(message);
    }

    public MatchdayException(String message, Throwable cause) {
        super(message, cause);
    }
}
