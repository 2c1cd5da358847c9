package io.matchday.data;

import io.matchday.MatchdayException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A match to forecast: who plays whom, where and when, and the prices known before kick-off
 * (possibly none). A played {@link Match} turns into the fixture it was with {@link Match#fixture()}.
 */
public record Fixture(Division division, LocalDate date, Team home, Team away, Odds odds) {

    public Fixture {
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(away, "away");
        if (home.equals(away)) {
            throw new MatchdayException("a team cannot play itself: " + home);
        }
        odds = odds == null ? Odds.NONE : odds;
    }

    /** The fixture as it stood before kick-off: pre-closing prices only. */
    public Fixture withoutClosing() {
        return new Fixture(division, date, home, away, odds.preClosing());
    }

    public Fixture withoutOdds() {
        return new Fixture(division, date, home, away, Odds.NONE);
    }

    @Override
    public String toString() {
        return division + " " + date + " " + home + " v " + away;
    }
}
