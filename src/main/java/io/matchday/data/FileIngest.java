package io.matchday.data;

/**
 * What storing one source file did: rows new to the database, rows whose content changed,
 * rows already stored as they are, and rows quarantined.
 */
public record FileIngest(Division division, Season season, String url, String sha256,
                         int inserted, int updated, int unchanged, int quarantined) {

    public int matches() {
        return inserted + updated + unchanged;
    }

    public boolean changedAnything() {
        return inserted > 0 || updated > 0;
    }
}
