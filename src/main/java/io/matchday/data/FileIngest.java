package io.matchday.data;

/**
 * What storing one source file did: rows new to the database, rows whose content changed,
 * rows already stored as they are, rows quarantined, and auxiliary values stored as absent.
 */
public record FileIngest(Division division, Season season, String url, String sha256,
                         int inserted, int updated, int unchanged, int quarantined, int fieldIssues) {

    public int matches() {
        return inserted + updated + unchanged;
    }

    public boolean changedAnything() {
        return inserted > 0 || updated > 0;
    }
}
