package io.matchday.data;

import io.matchday.MatchdaySettings.DatabaseSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The ingestion scenarios on the default embedded database: an H2 file. */
class H2IngestIntegrationTest extends IngestScenarios {

    @TempDir
    Path dbDir;

    @Override
    DatabaseSettings databaseSettings() {
        return new DatabaseSettings("jdbc:h2:file:" + dbDir.resolve("matchday"), "sa", "");
    }
}
