package io.matchday.data;

import io.matchday.MatchdayException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns one CSV record into a validated {@link Match}, or says why it cannot. Only what identifies
 * or settles a match (division, date, teams, full-time goals and result) can reject a row; a bad
 * auxiliary value (kick-off time, half-time score, a statistic, a price, a handicap line) is stored
 * as absent and reported as a {@link FieldIssue}, so one typo in a card count does not cost a match.
 */
final class RowReader {

    private final ColumnLayout layout;
    private final Division division;
    private final Season season;
    private final TeamNames teamNames;

    RowReader(ColumnLayout layout, Division division, Season season, TeamNames teamNames) {
        this.layout = layout;
        this.division = division;
        this.season = season;
        this.teamNames = teamNames;
    }

    ParsedMatch read(CSVRecord record, int line) {
        String div = field(record, layout.division);
        if (!div.equalsIgnoreCase(division.code())) {
            throw new RowProblem("division '" + div + "' in a file of " + division);
        }
        LocalDate date = date(field(record, layout.date));
        List<FieldIssue> issues = new ArrayList<>();
        LocalTime kickoff = auxiliary(issues, layout.time, record, () -> time(field(record, layout.time)));
        Team home = team(record, layout.home, "home");
        Team away = team(record, layout.away, "away");
        if (home.equals(away)) {
            throw new RowProblem("same team at home and away: " + home);
        }
        Score fullTime = score(record, layout.homeGoals, layout.awayGoals, layout.result, "full-time");
        Score halfTime = halfTime(record, fullTime, issues);
        Double[] prices = prices(record, issues);
        Match match = new Match(division, season, date, kickoff, home, away, fullTime, halfTime,
                emptyToNull(field(record, layout.referee)), stats(record, issues), odds(record, prices, issues),
                extras(record));
        return new ParsedMatch(match, line, hash(record), issues);
    }

    /** The value {@code read} gives, or null with an issue for {@code column} when it is unusable. */
    private <T> T auxiliary(List<FieldIssue> issues, int column, CSVRecord record, Supplier<T> read) {
        try {
            return read.get();
        } catch (RowProblem problem) {
            issues.add(new FieldIssue(layout.names.get(column), field(record, column), problem.getMessage()));
            return null;
        }
    }

    private LocalDate date(String raw) {
        if (raw.isEmpty()) {
            throw new RowProblem("missing date");
        }
        String[] parts = raw.split("/");
        if (parts.length != 3 || !(parts[2].length() == 2 || parts[2].length() == 4)) {
            throw new RowProblem("bad date '" + raw + "' (expected dd/mm/yy or dd/mm/yyyy)");
        }
        LocalDate date;
        try {
            int day = Integer.parseInt(parts[0]);
            int month = Integer.parseInt(parts[1]);
            int year = Integer.parseInt(parts[2]);
            if (parts[2].length() == 2) {
                // Two-digit years: the century that puts the date in this file's season.
                int century = (season.startYear() / 100) * 100;
                year = century + year < season.startYear() - 50 ? century + 100 + year
                        : century + year > season.startYear() + 50 ? century - 100 + year : century + year;
            }
            date = LocalDate.of(year, month, day);
        } catch (NumberFormatException | DateTimeException e) {
            throw new RowProblem("bad date '" + raw + "'");
        }
        if (!season.admits(date)) {
            throw new RowProblem("date " + date + " is outside season " + season);
        }
        return date;
    }

    private static LocalTime time(String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(raw.length() == 4 ? "0" + raw : raw);
        } catch (DateTimeException e) {
            throw new RowProblem("bad kick-off time '" + raw + "'");
        }
    }

    private Team team(CSVRecord record, int column, String side) {
        String raw = field(record, column);
        if (raw.isEmpty()) {
            throw new RowProblem("missing " + side + " team");
        }
        try {
            return teamNames.canonical(raw);
        } catch (MatchdayException e) {
            throw new RowProblem(e.getMessage());
        }
    }

    private Score score(CSVRecord record, int homeColumn, int awayColumn, int resultColumn, String what) {
        Integer home = count(record, homeColumn);
        Integer away = count(record, awayColumn);
        String code = field(record, resultColumn);
        if (home == null || away == null) {
            throw new RowProblem("missing " + what + " goals");
        }
        Score score = new Score(home, away);
        Outcome stated;
        try {
            stated = Outcome.fromCode(code);
        } catch (MatchdayException e) {
            throw new RowProblem(what + " " + e.getMessage());
        }
        if (stated != score.outcome()) {
            throw new RowProblem(what + " result " + code + " contradicts the score " + score);
        }
        return score;
    }

    /** Half-time data is optional; when present but inconsistent it is dropped with an issue. */
    private Score halfTime(CSVRecord record, Score fullTime, List<FieldIssue> issues) {
        if (field(record, layout.htHomeGoals).isEmpty() && field(record, layout.htAwayGoals).isEmpty()) {
            return null;
        }
        try {
            return halfTime(record, fullTime);
        } catch (RowProblem problem) {
            List<Integer> columns = layout.htResult >= 0
                    ? List.of(layout.htHomeGoals, layout.htAwayGoals, layout.htResult)
                    : List.of(layout.htHomeGoals, layout.htAwayGoals);
            issues.add(new FieldIssue(
                    String.join(",", columns.stream().map(layout.names::get).toList()),
                    String.join(",", columns.stream().map(c -> field(record, c)).toList()), problem.getMessage()));
            return null;
        }
    }

    private Score halfTime(CSVRecord record, Score fullTime) {
        Score halfTime = field(record, layout.htResult).isEmpty()
                ? new Score(require(count(record, layout.htHomeGoals), "half-time home goals"),
                            require(count(record, layout.htAwayGoals), "half-time away goals"))
                : score(record, layout.htHomeGoals, layout.htAwayGoals, layout.htResult, "half-time");
        if (halfTime.home() > fullTime.home() || halfTime.away() > fullTime.away()) {
            throw new RowProblem("half-time score " + halfTime + " exceeds the full-time score " + fullTime);
        }
        return halfTime;
    }

    private static int require(Integer value, String what) {
        if (value == null) {
            throw new RowProblem("missing " + what);
        }
        return value;
    }

    private Integer count(CSVRecord record, int column) {
        String raw = field(record, column);
        if (raw.isEmpty()) {
            return null;
        }
        int value;
        try {
            value = raw.contains(".") ? parseWholeDecimal(raw) : Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new RowProblem(looksNumeric(raw) ? "not a whole number: " + layout.names.get(column) + " '" + raw + "'"
                    : "non-numeric " + layout.names.get(column) + " '" + raw + "'");
        }
        if (value < 0) {
            throw new RowProblem("negative " + layout.names.get(column) + " " + value);
        }
        return value;
    }

    private static boolean looksNumeric(String raw) {
        try {
            Double.parseDouble(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Accepts {@code 2.0} (files re-saved by spreadsheets) but not {@code 2.5}. */
    private static int parseWholeDecimal(String raw) {
        double d = Double.parseDouble(raw);
        if (d != Math.rint(d)) {
            throw new NumberFormatException(raw);
        }
        return (int) d;
    }

    /** Every price column parsed and checked once, indexed by column; null where absent or unusable. */
    private Double[] prices(CSVRecord record, List<FieldIssue> issues) {
        Double[] prices = new Double[layout.names.size()];
        for (int column : layout.priceColumns) {
            String raw = field(record, column);
            if (!raw.isEmpty() && !isNotOffered(raw)) {
                prices[column] = auxiliary(issues, column, record, () -> price(raw, column));
            }
        }
        return prices;
    }

    /**
     * The site writes a price of exactly 0 where a bookmaker offered none (e.g. E0 2021-22,
     * Newcastle v Man City, {@code B365C>2.5}); that is an absent price, not a bad row. The
     * literal value is kept in the raw columns.
     */
    private static boolean isNotOffered(String raw) {
        try {
            return Double.parseDouble(raw) == 0.0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private double price(String raw, int column) {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new RowProblem("non-numeric price");
        }
        if (!(value > 1.0) || Double.isInfinite(value)) {
            throw new RowProblem("a price must be above 1.0");
        }
        return value;
    }

    private MatchStats stats(CSVRecord record, List<FieldIssue> issues) {
        Integer[] v = new Integer[layout.stats.length];
        for (int i = 0; i < v.length; i++) {
            int column = layout.stats[i];
            v[i] = auxiliary(issues, column, record, () -> count(record, column));
        }
        return new MatchStats(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
    }

    private Odds odds(CSVRecord record, Double[] prices, List<FieldIssue> issues) {
        Map<String, OutcomePrices> opening = new HashMap<>();
        Map<String, OutcomePrices> closing = new HashMap<>();
        for (ColumnLayout.Triple t : layout.triples) {
            Double h = prices[t.home()];
            Double d = prices[t.draw()];
            Double a = prices[t.away()];
            if (h != null && d != null && a != null) {
                (t.closing() ? closing : opening).put(t.bookmaker(), new OutcomePrices(h, d, a));
            }
        }
        List<TotalGoalsPrices> totals = layout.totals.stream()
                .map(t -> new TotalGoalsPrices(t.bookmaker(), t.closing(), t.line(),
                        prices[t.over()], prices[t.under()]))
                .filter(t -> t.over() != null || t.under() != null)
                .toList();
        List<AsianHandicapPrices> asians = layout.asians.stream()
                .map(a -> new AsianHandicapPrices(a.bookmaker(), a.closing(),
                        auxiliary(issues, a.line(), record, () -> handicap(record, a.line())),
                        prices[a.home()], prices[a.away()]))
                .filter(a -> a.home() != null || a.away() != null)
                .toList();
        return new Odds(opening, closing, totals, asians);
    }

    private Double handicap(CSVRecord record, int column) {
        String raw = field(record, column);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new RowProblem("non-numeric handicap line");
        }
    }

    private Map<String, String> extras(CSVRecord record) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (int column : layout.extras) {
            String value = field(record, column);
            if (!value.isEmpty()) {
                extra.put(layout.names.get(column), value);
            }
        }
        for (int column : layout.priceColumns) {
            String value = field(record, column);
            if (!value.isEmpty() && isNotOffered(value)) {
                extra.put(layout.names.get(column), value);
            }
        }
        for (int column = layout.names.size(); column < record.size(); column++) {
            if (!record.get(column).isEmpty()) {
                extra.put("#" + (column + 1), record.get(column));
            }
        }
        return extra;
    }

    /** SHA-256 over the non-empty (column, value) pairs: insensitive to line endings and BOMs. */
    private String hash(CSVRecord record) {
        MessageDigest digest = sha256();
        for (int column = 0; column < record.size(); column++) {
            String value = record.get(column);
            if (!value.isEmpty()) {
                String name = column < layout.names.size() ? layout.names.get(column) : "#" + (column + 1);
                digest.update((name + "=" + value + "\u001f").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String field(CSVRecord record, int column) {
        return column >= 0 && column < record.size() ? record.get(column) : "";
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
