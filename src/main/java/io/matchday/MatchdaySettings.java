package io.matchday;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where Matchday keeps its state and where it reads its data from. Resolved once, from (highest
 * first) explicit overrides, system properties ({@code matchday.home}, {@code matchday.data-url},
 * {@code matchday.db.url}, …) and environment variables ({@code MATCHDAY_HOME},
 * {@code MATCHDAY_DATA_URL}, {@code MATCHDAY_DB_URL}, …).
 *
 * @param home data home: the H2 database, the HTTP cache and (later) artifacts live below it
 * @param dataUrl base of the football-data layout, {@code <base>/<season code>/<division>.csv}
 * @param database JDBC coordinates; the default is an H2 file database under {@code home}
 * @param artifacts root of the content-addressed artifact store ({@code MATCHDAY_ARTIFACTS},
 *                  default {@code <home>/artifacts}); shared by every node when several run
 */
public record MatchdaySettings(Path home, URI dataUrl, DatabaseSettings database, Path artifacts) {

    public static final String DEFAULT_DATA_URL = "https://www.football-data.co.uk/mmz4281";
    public static final String DEFAULT_HOME = ".matchday";

    public MatchdaySettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(dataUrl, "dataUrl");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(artifacts, "artifacts");
    }

    /** JDBC URL, user and password of the match database. */
    public record DatabaseSettings(String url, String user, String password) {
        public DatabaseSettings {
            Objects.requireNonNull(url, "url");
            user = user == null ? "" : user;
            password = password == null ? "" : password;
        }

        public boolean isH2() {
            return url.startsWith("jdbc:h2:");
        }

        /** Never print the password. */
        @Override
        public String toString() {
            return "DatabaseSettings[url=" + url + ", user=" + user + "]";
        }
    }

    public static MatchdaySettings fromEnvironment() {
        return resolve(System.getenv(), System.getProperties(), Map.of());
    }

    /**
     * Resolves the settings. {@code overrides} uses the property names ({@code matchday.home},
     * …) and wins over everything else; the CLI puts its options there.
     */
    public static MatchdaySettings resolve(Map<String, String> env, Properties system,
                                           Map<String, String> overrides) {
        Lookup lookup = new Lookup(env, system, overrides);
        Path home = Path.of(lookup.get("matchday.home", "MATCHDAY_HOME", DEFAULT_HOME))
                .toAbsolutePath().normalize();
        URI dataUrl = parseDataUrl(lookup.get("matchday.data-url", "MATCHDAY_DATA_URL", DEFAULT_DATA_URL));
        String defaultDb = "jdbc:h2:file:" + home.resolve("db").resolve("matchday")
                + ";AUTO_SERVER=TRUE";
        DatabaseSettings db = new DatabaseSettings(
                lookup.get("matchday.db.url", "MATCHDAY_DB_URL", defaultDb),
                lookup.get("matchday.db.user", "MATCHDAY_DB_USER", "sa"),
                lookup.get("matchday.db.password", "MATCHDAY_DB_PASSWORD", ""));
        Path artifacts = Path.of(lookup.get("matchday.artifacts", "MATCHDAY_ARTIFACTS", home.resolve("artifacts").toString()))
                .toAbsolutePath().normalize();
        return new MatchdaySettings(home, dataUrl, db, artifacts);
    }

    static URI parseDataUrl(String raw) {
        String trimmed = raw.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new MatchdayException("data URL is not a valid URI: " + raw);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https") || scheme.equals("file"))) {
            throw new MatchdayException("data URL must start with http:, https: or file: — got " + raw);
        }
        return uri;
    }

    private record Lookup(Map<String, String> env, Properties system, Map<String, String> overrides) {
        String get(String property, String variable, String fallback) {
            String value = overrides.get(property);
            if (blank(value)) {
                value = system.getProperty(property);
            }
            if (blank(value)) {
                value = env.get(variable);
            }
            return blank(value) ? fallback : value;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
