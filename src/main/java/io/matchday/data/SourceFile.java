package io.matchday.data;

import java.net.URI;

/**
 * The bytes of one football-data file as fetched, with their SHA-256 so that every stored row
 * can be traced to the exact file it came from.
 */
public record SourceFile(URI uri, Division division, Season season, byte[] content, String sha256) {

    @Override
    public String toString() {
        return uri.toString();
    }
}
