package io.matchday;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock moved by hand, in UTC: a season replay sets it to the Monday it replays, so every service asked for "now"
 * sees the past; tests move it instead of sleeping.
 */
public final class SettableClock extends Clock {

    private volatile Instant now;

    public SettableClock(Instant start) {
        this.now = start;
    }

    /** The start of {@code day}, UTC. */
    public static SettableClock at(LocalDate day) {
        return new SettableClock(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public void set(Instant at) {
        now = at;
    }

    public void set(LocalDate day) {
        set(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public void advance(Duration by) {
        now = now.plus(by);
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
