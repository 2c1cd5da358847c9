package io.matchday.registry;

import io.matchday.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry scenarios on a real PostgreSQL server. */
@ExtendWith(PostgresServer.Extension.class)
class PostgresModelRegistryIntegrationTest extends ModelRegistryScenarios {
}
