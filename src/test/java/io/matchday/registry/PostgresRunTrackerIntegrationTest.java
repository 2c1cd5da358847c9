package io.matchday.registry;

import io.matchday.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;

/** Run tracking on a real PostgreSQL server. */
@ExtendWith(PostgresServer.Extension.class)
class PostgresRunTrackerIntegrationTest extends RunTrackerScenarios {
}
