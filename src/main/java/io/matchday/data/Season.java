package io.matchday.data;

import io.matchday.MatchdayException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A football season that starts in {@code startYear} and ends the year after, written
 * {@code 2023-24} for people and {@code 2324} in football-data.co.uk paths.
 */
public record Season(int startYear) implements Comparable<Season> {

    /** The first season football-data.co.uk publishes. */
    public static final Season FIRST_PUBLISHED = new Season(1993);

    private static final Pattern LABEL = Pattern.compile("(\\d{4})[-/](\\d{2}|\\d{4})");
    private static final Pattern CODE = Pattern.compile("(\\d{2})(\\d{2})");

    public Season {
        if (startYear < 1888 || startYear > 2200) {
            throw new MatchdayException("season start year out of range: " + startYear);
        }
    }

    /**
     * Parses {@code 2023-24}, {@code 2023/24}, {@code 2023-2024} or the site's code {@code 2324}.
     * A bare year is refused: {@code 2021} would read as the code for 2020-21.
     */
    public static Season parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher label = LABEL.matcher(s);
        if (label.matches()) {
            Season season = new Season(Integer.parseInt(label.group(1)));
            String end = label.group(2);
            int endYear = Integer.parseInt(end);
            boolean consistent = end.length() == 2
                    ? endYear == (season.startYear + 1) % 100
                    : endYear == season.startYear + 1;
            if (!consistent) {
                throw new MatchdayException("season '" + text + "' does not span two consecutive years");
            }
            return season;
        }
        Matcher code = CODE.matcher(s);
        if (code.matches()) {
            int first = Integer.parseInt(code.group(1));
            int second = Integer.parseInt(code.group(2));
            if ((first + 1) % 100 != second) {
                throw new MatchdayException("season code '" + text + "' does not span two consecutive years");
            }
            // Two-digit codes start in 1993 (9394); 93..99 are the 1900s.
            return new Season(first >= 90 ? 1900 + first : 2000 + first);
        }
        throw new MatchdayException("not a season: '" + text + "' (expected e.g. 2023-24 or 2324)");
    }

    /** The season a date belongs to: seasons turn over on 1 July. */
    public static Season containing(LocalDate date) {
        return new Season(date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1);
    }

    /** The football-data.co.uk path code, e.g. {@code 2324}. */
    public String code() {
        return String.format("%02d%02d", startYear % 100, (startYear + 1) % 100);
    }

    /** The label people use, e.g. {@code 2023-24}. */
    public String label() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    public boolean isAfter(Season other) {
        return startYear > other.startYear;
    }

    public Season next() {
        return new Season(startYear + 1);
    }

    public Season previous() {
        return new Season(startYear - 1);
    }

    /**
     * Earliest date a match of this season may be played. Generous on purpose: pre-season
     * starts and the 2019-20 restart (ended 26 July 2020) must fit.
     */
    public LocalDate earliestMatchDate() {
        return LocalDate.of(startYear, 6, 1);
    }

    /** Latest date a match of this season may be played (play-offs included). */
    public LocalDate latestMatchDate() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    public boolean admits(LocalDate date) {
        return !date.isBefore(earliestMatchDate()) && !date.isAfter(latestMatchDate());
    }

    @Override
    public int compareTo(Season other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
