package io.matchday.registry;

import io.matchday.MatchdaySettings.DatabaseSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2ModelRegistryIntegrationTest extends ModelRegistryScenarios {

    @TempDir
    Path dbDir;

    @Override
    DatabaseSettings databaseSettings() {
        return new DatabaseSettings("jdbc:h2:file:" + dbDir.resolve("registry"), "sa", "");
    }
}
