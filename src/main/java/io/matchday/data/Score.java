package io.matchday.data;

import io.matchday.MatchdayException;

/** Goals scored by the home and the away side. */
public record Score(int home, int away) {

    public Score {
        if (home < 0 || away < 0) {
            throw new MatchdayException("negative goals: " + home + "-" + away);
        }
    }

    /** League points this score gives the home side: 3 for a win, 1 for a draw. */
    public int homePoints() {
        return home > away ? 3 : home == away ? 1 : 0;
    }

    /** League points this score gives the away side. */
    public int awayPoints() {
        return away > home ? 3 : home == away ? 1 : 0;
    }

    public Outcome outcome() {
        return home > away ? Outcome.HOME_WIN : home == away ? Outcome.DRAW : Outcome.AWAY_WIN;
    }

    @Override
    public String toString() {
        return home + "-" + away;
    }
}
