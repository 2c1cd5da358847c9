package io.matchday.data;

import io.matchday.MatchdayException;
import java.util.regex.Pattern;

/** A football-data.co.uk division code: {@code E0} is the Premier League, {@code SP1} La Liga. */
public record Division(String code) implements Comparable<Division> {

    private static final Pattern CODE = Pattern.compile("[A-Z]{1,4}[0-9]{0,2}");

    /** The division every entry point works on unless told otherwise: the Premier League. */
    public static final String DEFAULT_CODE = "E0";
    public static final Division DEFAULT = new Division(DEFAULT_CODE);

    public Division {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new MatchdayException("not a division code: '" + code + "' (expected e.g. E0, SP1, D1)");
        }
    }

    /** Accepts lower case too: {@code e0} is {@code E0}. */
    public static Division of(String code) {
        return new Division(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public int compareTo(Division other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
