package io.matchday.data;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one football-data.co.uk CSV file into matches and quarantined rows. Accepts every
 * variant the site has used: with or without {@code Time}, 2- or 4-digit years, a UTF-8 BOM,
 * CRLF or LF, Latin-1 files, trailing empty columns and comma-only rows. A problem with the
 * whole file (HTML instead of CSV, empty, truncated, not this format) throws
 * {@link SourceException}; a problem with one row quarantines just that row.
 */
final class MatchCsvReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true).setTrim(true).get();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final TeamNames teamNames;

    MatchCsvReader(TeamNames teamNames) {
        this.teamNames = teamNames;
    }

    ParsedFile read(SourceFile source) {
        String text = decode(source);
        List<CSVRecord> records = parse(source, text);
        if (records.isEmpty()) {
            throw new SourceException(source.uri(), "is empty");
        }
        ColumnLayout layout = ColumnLayout.of(records.get(0).toList());
        List<String> missing = layout.missingRequired();
        if (!missing.isEmpty()) {
            throw new SourceException(source.uri(), "is not a football-data CSV: no column "
                    + String.join(", ", missing));
        }
        rejectTruncation(source, text, records);
        LineIndex lines = new LineIndex(text);
        RowReader rows = new RowReader(layout, source.division(), source.season(), teamNames);
        List<ParsedMatch> matches = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<Match.MatchKey, Integer> firstLineByKey = new HashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int line = lines.lineOf(record.getCharacterPosition());
            if (isBlankRow(record, layout)) {
                continue;
            }
            try {
                ParsedMatch parsed = rows.read(record, line);
                Integer first = firstLineByKey.putIfAbsent(parsed.match().key(), line);
                if (first != null) {
                    throw new RowProblem("duplicate fixture " + parsed.match().home() + " v "
                            + parsed.match().away() + " on " + parsed.match().date() + " (first at line " + first + ")");
                }
                matches.add(parsed);
            } catch (RowProblem problem) {
                rejected.add(new RejectedRow(line, lines.text(line), problem.getMessage()));
            }
        }
        return new ParsedFile(source, matches, rejected);
    }

    private static String decode(SourceFile source) {
        byte[] bytes = source.content();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // The site wrote some older files in Windows-1252 (accented club names).
            text = new String(bytes, WINDOWS_1252);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String head = text.stripLeading();
        if (head.isEmpty()) {
            throw new SourceException(source.uri(), "is empty");
        }
        String start = head.substring(0, Math.min(head.length(), 1024)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<") || start.contains("<html") || start.contains("<!doctype")) {
            throw new SourceException(source.uri(), "is an HTML page, not a football-data CSV");
        }
        return text;
    }

    private static List<CSVRecord> parse(SourceFile source, String text) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            return parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SourceException(source.uri(), "is not valid CSV: " + e.getMessage(), e);
        }
    }

    /**
     * A download cut short ends in the middle of a row: no final line break, and the last row
     * shorter than the one before it.
     */
    private static void rejectTruncation(SourceFile source, String text, List<CSVRecord> records) {
        if (text.endsWith("\n") || text.endsWith("\r") || records.size() < 3) {
            return;
        }
        CSVRecord last = records.get(records.size() - 1);
        CSVRecord previous = records.get(records.size() - 2);
        if (last.size() < previous.size()) {
            throw new SourceException(source.uri(), "is truncated: its last row has " + last.size()
                    + " of " + previous.size() + " fields and no line end");
        }
    }

    private static boolean isBlankRow(CSVRecord record, ColumnLayout layout) {
        return layout.division >= record.size() || record.get(layout.division).isEmpty();
    }

    /** Maps character positions to 1-based line numbers, and back to the raw line text. */
    private static final class LineIndex {
        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
        }

        int lineOf(long position) {
            int index = java.util.Collections.binarySearch(starts, (int) position);
            return (index >= 0 ? index : -index - 2) + 1;
        }

        String text(int line) {
            int start = starts.get(line - 1);
            int end = line < starts.size() ? starts.get(line) : text.length();
            String raw = text.substring(start, end);
            return raw.replaceAll("[\r\n]+$", "");
        }
    }
}
