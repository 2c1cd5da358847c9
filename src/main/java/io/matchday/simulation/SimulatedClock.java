package io.matchday.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The replay's clock: it reads the Monday being replayed, so every service asked for "now" sees the past. */
final class SimulatedClock extends Clock {

    private volatile Instant now;

    SimulatedClock(LocalDate day) {
        set(day);
    }

    void set(LocalDate day) {
        now = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
