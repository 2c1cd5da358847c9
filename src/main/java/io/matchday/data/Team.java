package io.matchday.data;

import io.matchday.MatchdayException;

/** A club under its canonical name (see {@link TeamNames}). */
public record Team(String name) implements Comparable<Team> {

    public Team {
        if (name == null || name.isBlank()) {
            throw new MatchdayException("team name is empty");
        }
    }

    @Override
    public int compareTo(Team other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
