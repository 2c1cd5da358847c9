package io.matchday.http;

import io.matchday.testsupport.H2Database;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every endpoint over an H2 file. */
@ExtendWith(H2Database.class)
class H2ServingIntegrationTest extends ServingScenarios {
}
