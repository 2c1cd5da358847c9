package io.matchday.registry;

import java.time.Instant;

/** One audited move of an alias. */
public record AliasChange(String model, String alias, Integer fromVersion, int toVersion, String reason,
                          boolean forced, Instant at) {
}
