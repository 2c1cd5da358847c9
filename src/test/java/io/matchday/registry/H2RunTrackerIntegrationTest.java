package io.matchday.registry;

import io.matchday.testsupport.H2Database;
import org.junit.jupiter.api.extension.ExtendWith;

/** Run tracking on an H2 file. */
@ExtendWith(H2Database.class)
class H2RunTrackerIntegrationTest extends RunTrackerScenarios {
}
