package io.matchday.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * football-data's {@code fixtures.csv}: upcoming matches of every division, in the season files'
 * columns without results. Rows that cannot be read are skipped: a fixtures list is advisory and
 * replaced at the next refresh.
 */
public final class UpcomingFixtures {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yy");

    private UpcomingFixtures() {
    }

    public static List<Fixture> parse(byte[] content, TeamNames names) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Fixture> fixtures = new ArrayList<>();
        try {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true).get().parse(new StringReader(text))) {
                try {
                    String div = value(row, "Div");
                    if (div == null || div.isBlank()) {
                        continue;
                    }
                    fixtures.add(new Fixture(Division.of(div), date(value(row, "Date")), names.canonical(value(row, "HomeTeam")),
                            names.canonical(value(row, "AwayTeam")), odds(row)));
                } catch (RuntimeException unreadable) {
                    // skip the row
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixtures;
    }

    private static Odds odds(CSVRecord row) {
        for (String prefix : List.of("Avg", "B365", "PS")) {
            try {
                OutcomePrices p = new OutcomePrices(Double.parseDouble(value(row, prefix + "H")),
                        Double.parseDouble(value(row, prefix + "D")), Double.parseDouble(value(row, prefix + "A")));
                return new Odds(Map.of("Avg", p), Map.of(), List.of(), List.of());
            } catch (RuntimeException missing) {
                // next bookmaker
            }
        }
        return Odds.NONE;
    }

    private static String value(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : null;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, LONG);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(text, SHORT);
        }
    }
}
