package io.matchday.cli;

import io.matchday.MatchdaySettings;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options every command that touches the database or the data source shares. Each falls back
 * to its environment variable, then to the embedded default.
 */
final class StoreOptions {

    @Option(names = "--data-home", paramLabel = "DIR",
            description = "Data home (H2 database, download cache). Env MATCHDAY_HOME; default ./.matchday")
    String home;

    @Option(names = "--data-url", paramLabel = "URL",
            description = "Base of the football-data layout, http(s): or file:. Env MATCHDAY_DATA_URL; "
                    + "default " + MatchdaySettings.DEFAULT_DATA_URL)
    String dataUrl;

    @Option(names = "--db-url", paramLabel = "JDBC",
            description = "JDBC URL, e.g. jdbc:postgresql://host/matchday. Env MATCHDAY_DB_URL; default H2 under the home")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user. Env MATCHDAY_DB_USER")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password. Env MATCHDAY_DB_PASSWORD")
    String dbPassword;

    MatchdaySettings settings() {
        Map<String, String> overrides = new HashMap<>();
        put(overrides, "matchday.home", home);
        put(overrides, "matchday.data-url", dataUrl);
        put(overrides, "matchday.db.url", dbUrl);
        put(overrides, "matchday.db.user", dbUser);
        put(overrides, "matchday.db.password", dbPassword);
        return MatchdaySettings.resolve(System.getenv(), System.getProperties(), overrides);
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
