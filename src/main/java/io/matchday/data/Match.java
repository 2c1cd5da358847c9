package io.matchday.data;

import io.matchday.MatchdayException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A played match with everything the source recorded about it. Identity is
 * (division, season, date, home, away): the key ingestion upserts on.
 *
 * @param kickoff local kick-off time, when the source has it (from 2019-20)
 * @param halfTime half-time score, when the source has it
 * @param extra source columns Matchday has no typed place for, kept verbatim
 */
public record Match(Division division, Season season, LocalDate date, LocalTime kickoff,
                    Team home, Team away, Score fullTime, Score halfTime, String referee,
                    MatchStats stats, Odds odds, Map<String, String> extra) {

    public Match {
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(away, "away");
        Objects.requireNonNull(fullTime, "fullTime");
        if (home.equals(away)) {
            throw new MatchdayException("same team at home and away: " + home);
        }
        stats = stats == null ? MatchStats.NONE : stats;
        odds = odds == null ? Odds.NONE : odds;
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public Outcome result() {
        return fullTime.outcome();
    }

    public Optional<LocalTime> kickoffTime() {
        return Optional.ofNullable(kickoff);
    }

    public Optional<Score> halfTimeScore() {
        return Optional.ofNullable(halfTime);
    }

    /**
     * The fixture this match was, with every price the source recorded for it — closing prices
     * included, so a model must see it through {@code models.PointInTime}.
     */
    public Fixture fixture() {
        return new Fixture(division, date, home, away, odds, season);
    }

    public MatchKey key() {
        return new MatchKey(division, season, date, home, away);
    }

    /** The natural key of a match. */
    public record MatchKey(Division division, Season season, LocalDate date, Team home, Team away) {
        @Override
        public String toString() {
            return division + " " + season + " " + date + " " + home + " v " + away;
        }
    }
}
