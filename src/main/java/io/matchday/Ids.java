package io.matchday;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Time-ordered ids (UUID version 7: 48 bits of Unix milliseconds, then 74 random bits) for every row Matchday
 * appends — served forecasts, background work, job and retraining runs, monitoring runs, alerts. Appends land at the
 * end of the primary key instead of all over it, and ids sort by the time they were made. The random bits need to be
 * unique, not secret.
 */
public final class Ids {

    private Ids() {
    }

    public static String next(Instant at) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = at.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
