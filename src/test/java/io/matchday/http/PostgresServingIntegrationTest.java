package io.matchday.http;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.testsupport.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresServer.Extension.class)
class PostgresServingIntegrationTest extends ServingScenarios {

    private final PostgresServer postgres;

    PostgresServingIntegrationTest(PostgresServer postgres) {
        this.postgres = postgres;
    }

    @Override
    DatabaseSettings databaseSettings(Path home) {
        return postgres.newDatabase();
    }
}
