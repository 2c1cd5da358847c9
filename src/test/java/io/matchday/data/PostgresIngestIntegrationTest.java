package io.matchday.data;

import io.matchday.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ingestion scenarios on a real PostgreSQL server. */
@ExtendWith(PostgresServer.Extension.class)
class PostgresIngestIntegrationTest extends IngestScenarios {
}
