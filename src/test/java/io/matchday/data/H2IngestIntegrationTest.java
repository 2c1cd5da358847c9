package io.matchday.data;

import io.matchday.testsupport.H2Database;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ingestion scenarios on the default embedded database: an H2 file. */
@ExtendWith(H2Database.class)
class H2IngestIntegrationTest extends IngestScenarios {
}
