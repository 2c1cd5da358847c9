package io.matchday.registry;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresServer.Extension.class)
class PostgresModelRegistryIntegrationTest extends ModelRegistryScenarios {

    private final PostgresServer postgres;

    PostgresModelRegistryIntegrationTest(PostgresServer postgres) {
        this.postgres = postgres;
    }

    @Override
    DatabaseSettings databaseSettings() {
        return postgres.newDatabase();
    }
}
