package io.matchday.http;

import io.matchday.testsupport.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every endpoint over a real PostgreSQL server. */
@ExtendWith(PostgresServer.Extension.class)
class PostgresServingIntegrationTest extends ServingScenarios {
}
