package io.matchday.data;

import io.matchday.MatchdayException;

/** The result of a match, in the order the ranked probability score uses: home, draw, away. */
public enum Outcome {
    HOME_WIN('H'), DRAW('D'), AWAY_WIN('A');

    private final char code;

    Outcome(char code) {
        this.code = code;
    }

    /** The football-data.co.uk letter: H, D or A. */
    public char code() {
        return code;
    }

    public static Outcome fromCode(String code) {
        if (code != null && code.length() == 1) {
            for (Outcome o : values()) {
                if (o.code == code.charAt(0)) {
                    return o;
                }
            }
        }
        throw new MatchdayException("unknown result code '" + code + "' (expected H, D or A)");
    }
}
