package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import io.matchday.MatchdaySettings.DatabaseSettings;
import java.nio.file.Path;

class H2ServingIntegrationTest extends ServingScenarios {

    @Override
    DatabaseSettings databaseSettings(Path home) {
        return ServedLeague.h2(home);
    }
}
