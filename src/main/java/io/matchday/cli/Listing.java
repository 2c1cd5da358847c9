package io.matchday.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The listing commands' shared output: {@code --json} for machines, otherwise a table whose columns
 * fit their contents. Each command says once what its columns are; the JSON objects use the same
 * columns under their snake_case keys, so the two forms never drift apart.
 */
final class Listing {

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    /** One column: its table header, its JSON key, how to read it from a row, and its alignment. */
    record Column<T>(String header, String key, Function<T, ?> value, boolean right) {
    }

    /** A table layout for rows of type {@code T}, built column by column. */
    static final class Table<T> {
        private final List<Column<T>> columns = new ArrayList<>();

        Table<T> text(String header, String key, Function<T, ?> value) {
            columns.add(new Column<>(header, key, value, false));
            return this;
        }

        Table<T> number(String header, String key, Function<T, ?> value) {
            columns.add(new Column<>(header, key, value, true));
            return this;
        }

        /** A value only the table shows (a shortened or combined form of JSON values). */
        Table<T> tableOnly(String header, Function<T, ?> value) {
            columns.add(new Column<>(header, null, value, false));
            return this;
        }

        /** A value only the JSON form carries (long or nested values). */
        Table<T> jsonOnly(String key, Function<T, ?> value) {
            columns.add(new Column<>(null, key, value, false));
            return this;
        }

        List<Map<String, Object>> json(List<T> rows) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (T row : rows) {
                Map<String, Object> object = new LinkedHashMap<>();
                columns.stream().filter(c -> c.key() != null)
                        .forEach(c -> object.put(c.key(), jsonValue(c.value().apply(row))));
                out.add(object);
            }
            return out;
        }

        String render(List<T> rows) {
            List<Column<T>> shown = columns.stream().filter(c -> c.header() != null).toList();
            List<String[]> cells = new ArrayList<>();
            cells.add(shown.stream().map(Column::header).toArray(String[]::new));
            for (T row : rows) {
                cells.add(shown.stream().map(c -> text(c.value().apply(row))).toArray(String[]::new));
            }
            int[] widths = new int[shown.size()];
            for (String[] line : cells) {
                for (int i = 0; i < line.length; i++) {
                    widths[i] = Math.max(widths[i], line[i].length());
                }
            }
            StringBuilder out = new StringBuilder();
            for (String[] line : cells) {
                StringBuilder l = new StringBuilder();
                for (int i = 0; i < line.length; i++) {
                    String pad = " ".repeat(widths[i] - line[i].length());
                    l.append(i == 0 ? "" : "  ").append(shown.get(i).right() ? pad + line[i] : line[i] + pad);
                }
                out.append(l.toString().stripTrailing()).append(System.lineSeparator());
            }
            return out.toString();
        }

        private static String text(Object value) {
            if (value == null) {
                return "-";
            }
            if (value instanceof Iterable<?> items) {
                List<String> parts = new ArrayList<>();
                items.forEach(i -> parts.add(String.valueOf(i)));
                return String.join(", ", parts);
            }
            return value.toString();
        }

        /** Domain values (divisions, seasons, teams) go out as their text; numbers, lists and maps as they are. */
        private static Object jsonValue(Object value) {
            if (value == null || value instanceof Number || value instanceof Boolean || value instanceof Iterable<?>
                    || value instanceof Map<?, ?> || value instanceof java.time.temporal.TemporalAccessor) {
                return value;
            }
            return value.toString();
        }
    }

    /** Prints the rows as JSON or as the table, with {@code whenEmpty} after an empty table. */
    <T> void print(PrintWriter out, Table<T> table, List<T> rows, String whenEmpty) {
        if (json) {
            out.println(Json.write(table.json(rows)));
            return;
        }
        if (rows.isEmpty() && whenEmpty != null) {
            out.println(whenEmpty);
            return;
        }
        out.print(table.render(rows));
    }
}
