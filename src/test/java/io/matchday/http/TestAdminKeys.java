package io.matchday.http;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;

/** Admin keys as a node configured with {@code keys} holds them, for tests that sign in without a server. */
public final class TestAdminKeys {

    private TestAdminKeys() {
    }

    public static AdminKeys of(Clock clock, String... keys) {
        return new AdminKeys(new ServingProperties(List.of(keys), null, 1000, DataSize.ofMegabytes(1), "test",
                new ServingProperties.Ledger(null, null, null, null, "", null),
                new ServingProperties.KeyThrottle(5, Duration.ofMinutes(1)), false), clock);
    }
}
