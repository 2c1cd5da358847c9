package io.matchday.data;

import io.matchday.MatchdayException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A match to forecast: who plays whom, where and when, in which season, and the prices known
 * (possibly none). A played {@link Match} turns into the fixture it was with {@link Match#fixture()},
 * keeping the season of its file: a 2019-20 match played in July 2020 is still 2019-20. A fixture
 * nobody has filed (an API request, an upcoming match) belongs to the season its date falls in.
 */
public record Fixture(Division division, LocalDate date, Team home, Team away, Odds odds, Season season) {

    public Fixture {
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(away, "away");
        if (home.equals(away)) {
            throw new MatchdayException("a team cannot play itself: " + home);
        }
        odds = odds == null ? Odds.NONE : odds;
        season = season == null ? Season.containing(date) : season;
    }

    /** A fixture of the season its date falls in (seasons turn over on 1 July). */
    public Fixture(Division division, LocalDate date, Team home, Team away, Odds odds) {
        this(division, date, home, away, odds, null);
    }

    /** The fixture as it stood before kick-off: pre-closing prices only. */
    public Fixture withoutClosing() {
        return new Fixture(division, date, home, away, odds.preClosing(), season);
    }

    public Fixture withoutOdds() {
        return new Fixture(division, date, home, away, Odds.NONE, season);
    }

    @Override
    public String toString() {
        return division + " " + date + " " + home + " v " + away;
    }
}
