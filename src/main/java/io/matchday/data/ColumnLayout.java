package io.matchday.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each field sits in one file's header. football-data.co.uk's columns change by season
 * and division (bookmakers come and go, {@code Time} appears in 2019-20, newer leagues write
 * {@code HG}/{@code AG}/{@code Res}), so every file gets its own layout, built from its header.
 */
final class ColumnLayout {

    /** Bookmaker and aggregator codes as the files write them; {@code P} is Pinnacle's short form. */
    private static final List<String> BOOKMAKERS = List.of(
            "1XB", "B365", "BF", "BFD", "BFE", "BMGM", "BS", "BV", "BW", "CL", "GB", "IW", "LB",
            "PP", "PS", "P", "SB", "SJ", "SK", "SO", "SY", "VC", "WH", "Max", "Avg", "BbMx", "BbAv")
            .stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Pattern ONE_X_TWO = Pattern.compile("(C?)([HDA])");
    /** football-data carries the 2.5-goal line only; other lines would stay in the raw columns. */
    private static final Pattern TOTALS = Pattern.compile("(C?)([<>])(2\\.5)");
    private static final Pattern ASIAN = Pattern.compile("(C?)AH([HA])");
    private static final Pattern ASIAN_LINE = Pattern.compile("(C?)AH");

    static final String[] STAT_COLUMNS =
            {"HS", "AS", "HST", "AST", "HC", "AC", "HF", "AF", "HY", "AY", "HR", "AR"};

    record Triple(String bookmaker, boolean closing, int home, int draw, int away) { }

    record Totals(String bookmaker, boolean closing, double line, int over, int under) { }

    record Asian(String bookmaker, boolean closing, int line, int home, int away) { }

    final List<String> names;
    final int division;
    final int date;
    final int time;
    final int home;
    final int away;
    final int homeGoals;
    final int awayGoals;
    final int result;
    final int htHomeGoals;
    final int htAwayGoals;
    final int htResult;
    final int referee;
    final int[] stats = new int[STAT_COLUMNS.length];
    final List<Triple> triples = new ArrayList<>();
    final List<Totals> totals = new ArrayList<>();
    final List<Asian> asians = new ArrayList<>();
    /** Every column that is a price: each must parse as a decimal price above 1.0. */
    final List<Integer> priceColumns = new ArrayList<>();
    /** Columns with no typed home, kept in the raw JSON column. */
    final List<Integer> extras = new ArrayList<>();

    private ColumnLayout(List<String> names) {
        this.names = List.copyOf(names);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i), i);
        }
        division = find(index, "Div");
        date = find(index, "Date");
        time = find(index, "Time");
        home = find(index, "HomeTeam", "HT", "Home");
        away = find(index, "AwayTeam", "AT", "Away");
        homeGoals = find(index, "FTHG", "HG");
        awayGoals = find(index, "FTAG", "AG");
        result = find(index, "FTR", "Res");
        htHomeGoals = find(index, "HTHG");
        htAwayGoals = find(index, "HTAG");
        htResult = find(index, "HTR");
        referee = find(index, "Referee");
        for (int s = 0; s < STAT_COLUMNS.length; s++) {
            stats[s] = find(index, STAT_COLUMNS[s]);
        }
        classifyPrices(index);
    }

    static ColumnLayout of(List<String> header) {
        return new ColumnLayout(header.stream().map(String::strip).toList());
    }

    /** Required columns that this header lacks, by their usual names. */
    List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        if (division < 0) missing.add("Div");
        if (date < 0) missing.add("Date");
        if (home < 0) missing.add("HomeTeam");
        if (away < 0) missing.add("AwayTeam");
        if (homeGoals < 0) missing.add("FTHG");
        if (awayGoals < 0) missing.add("FTAG");
        if (result < 0) missing.add("FTR");
        return missing;
    }

    private void classifyPrices(Map<String, Integer> index) {
        Map<String, int[]> triples = new HashMap<>();
        Map<String, int[]> totalsByKey = new HashMap<>();
        Map<String, int[]> asianByKey = new HashMap<>();
        Map<String, Integer> asianLines = new HashMap<>();
        List<Integer> typed = typedColumns();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty() || typed.contains(i)) {
                continue;
            }
            if (!classifyPrice(name, i, triples, totalsByKey, asianByKey, asianLines)) {
                extras.add(i);
            }
        }
        triples.forEach((key, cols) -> addTriple(key, cols));
        totalsByKey.forEach((key, cols) -> {
            String[] parts = key.split("\\|", -1);
            totals.add(new Totals(parts[0], parts[1].equals("C"), Double.parseDouble(parts[2]), cols[0], cols[1]));
        });
        asianByKey.forEach((key, cols) -> {
            String[] parts = key.split("\\|", -1);
            boolean closing = parts[1].equals("C");
            asians.add(new Asian(parts[0], closing, asianLine(parts[0], closing, index, asianLines), cols[0], cols[1]));
        });
        extras.removeIf(this::isAsianLine);
    }

    private boolean classifyPrice(String name, int column, Map<String, int[]> triples,
                                  Map<String, int[]> totalsByKey, Map<String, int[]> asianByKey,
                                  Map<String, Integer> asianLines) {
        for (String bookmaker : BOOKMAKERS) {
            if (!name.startsWith(bookmaker)) {
                continue;
            }
            String rest = name.substring(bookmaker.length());
            String canonical = bookmaker.equals("P") ? "PS" : bookmaker;
            Matcher m = ONE_X_TWO.matcher(rest);
            if (m.matches()) {
                int slot = "HDA".indexOf(m.group(2));
                triples.computeIfAbsent(canonical + "|" + m.group(1), k -> new int[]{-1, -1, -1})[slot] = column;
                priceColumns.add(column);
                return true;
            }
            m = TOTALS.matcher(rest);
            if (m.matches()) {
                int slot = m.group(2).equals(">") ? 0 : 1;
                totalsByKey.computeIfAbsent(canonical + "|" + m.group(1) + "|" + m.group(3), k -> new int[]{-1, -1})[slot] = column;
                priceColumns.add(column);
                return true;
            }
            m = ASIAN.matcher(rest);
            if (m.matches()) {
                int slot = m.group(2).equals("H") ? 0 : 1;
                asianByKey.computeIfAbsent(canonical + "|" + m.group(1), k -> new int[]{-1, -1})[slot] = column;
                priceColumns.add(column);
                return true;
            }
            m = ASIAN_LINE.matcher(rest);
            if (m.matches()) {
                // Older files give each bookmaker its own handicap size, e.g. GBAH.
                asianLines.put(canonical + "|" + m.group(1), column);
                return true;
            }
        }
        return false;
    }

    private void addTriple(String key, int[] cols) {
        String[] parts = key.split("\\|", -1);
        if (cols[0] >= 0 && cols[1] >= 0 && cols[2] >= 0) {
            triples.add(new Triple(parts[0], parts[1].equals("C"), cols[0], cols[1], cols[2]));
        } else {
            // An incomplete set of columns is not a 1X2 market; keep its values verbatim.
            for (int c : cols) {
                if (c >= 0) {
                    extras.add(c);
                    priceColumns.remove(Integer.valueOf(c));
                }
            }
        }
    }

    private int asianLine(String bookmaker, boolean closing, Map<String, Integer> index, Map<String, Integer> own) {
        Integer specific = own.get(bookmaker + "|" + (closing ? "C" : ""));
        if (specific != null) {
            return specific;
        }
        if (bookmaker.startsWith("Bb")) {
            return find(index, "BbAHh");
        }
        return closing ? find(index, "AHCh") : find(index, "AHh");
    }

    private List<Integer> typedColumns() {
        List<Integer> typed = new ArrayList<>(List.of(division, date, time, home, away, homeGoals, awayGoals,
                result, htHomeGoals, htAwayGoals, htResult, referee));
        for (int s : stats) {
            typed.add(s);
        }
        return typed;
    }

    /** Columns that hold a handicap line rather than a price. */
    boolean isAsianLine(int column) {
        return asians.stream().anyMatch(a -> a.line() == column);
    }

    Optional<String> name(int column) {
        return column >= 0 && column < names.size() ? Optional.of(names.get(column)) : Optional.empty();
    }

    private static int find(Map<String, Integer> index, String... candidates) {
        for (String c : candidates) {
            Integer i = index.get(c);
            if (i != null) {
                return i;
            }
        }
        return -1;
    }
}
