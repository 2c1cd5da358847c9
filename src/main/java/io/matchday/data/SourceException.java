package io.matchday.data;

import io.matchday.MatchdayException;
import java.net.URI;

/**
 * A whole source file could not be used: unreachable, not found, an HTML page, empty or
 * truncated. Nothing from it is stored.
 */
public class SourceException extends MatchdayException {

    private final URI uri;

    public SourceException(URI uri, String problem) {
        super(uri + ": " + problem);
        this.uri = uri;
    }

    public SourceException(URI uri, String problem, Throwable cause) {
        super(uri + ": " + problem, cause);
        this.uri = uri;
    }

    public URI uri() {
        return uri;
    }

    /** The source has no such file (HTTP 404, or no file at that path). */
    public static final class NotFound extends SourceException {
        public NotFound(URI uri) {
            super(uri, "not found");
        }
    }
}
