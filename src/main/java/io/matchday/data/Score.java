package io.matchday.data;

import io.matchday.MatchdayException;

/** Goals scored by the home and the away side. */
public record Score(int home, int away) {

    public Score {
        if (home < 0 || away < 0) {
            throw new MatchdayException("negative goals: " + home + "-" + away);
        }
    }

    public Outcome outcome() {
        return home > away ? Outcome.HOME_WIN : home == away ? Outcome.DRAW : Outcome.AWAY_WIN;
    }

    @Override
    public String toString() {
        return home + "-" + away;
    }
}
