package io.matchday.tabular;

import blue.strategic.parquet.Dehydrator;
import blue.strategic.parquet.ParquetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * A table of {@code T} rows as Parquet: named, typed columns each read off a row — text, whole numbers, doubles, booleans,
 * dates (Parquet DATE) and instants (TIMESTAMP in microseconds, adjusted to UTC: "with time zone" to a reader).
 * Optional columns take nulls. Written Snappy-compressed with parquet-java's writer, without Hadoop.
 */
public final class ParquetTable<T> {

    /** Parquet's registered media type. */
    public static final String MEDIA_TYPE = "application/vnd.apache.parquet";

    private record Column<T>(String name, Type type, Function<T, Object> value) {
    }

    private final String name;
    private final List<Column<T>> columns;
    private final MessageType schema;

    private ParquetTable(String name, List<Column<T>> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.schema = new MessageType(name, columns.stream().map(Column::type).toList());
    }

    public static <T> Builder<T> named(String name) {
        return new Builder<>(name);
    }

    public String name() {
        return name;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Writes every row to {@code file} (replacing it); returns how many were written. */
    public long write(Iterable<? extends T> rows, Path file) {
        Dehydrator<T> dehydrator = (row, out) -> {
            for (Column<T> column : columns) {
                Object value = column.value().apply(row);
                if (value != null) {
                    out.write(column.name(), value);
                }
            }
        };
        long written = 0;
        try {
            Files.deleteIfExists(file);
            try (ParquetWriter<T> writer = ParquetWriter.writeFile(schema, file.toFile(), dehydrator)) {
                for (T row : rows) {
                    writer.write(row);
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return written;
    }

    /** Writes every row to {@code out} (Parquet's footer comes last, so the file is made whole first). */
    public long write(Iterable<? extends T> rows, OutputStream out) {
        Path file = null;
        try {
            file = Files.createTempFile("matchday-" + name, ".parquet");
            long written = write(rows, file);
            Files.copy(file, out);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("could not send the " + name + " table", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system's cleanup takes it
                }
            }
        }
    }

    /** The bytes of the table: for artifacts. */
    public byte[] bytes(Iterable<? extends T> rows) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(rows, out);
        return out.toByteArray();
    }

    /** Columns in order. */
    public static final class Builder<T> {
        private final String name;
        private final List<Column<T>> columns = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder<T> text(String column, Function<T, String> value) {
            return add(column, Types.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column),
                    value::apply);
        }

        public Builder<T> optionalText(String column, Function<T, String> value) {
            return add(column, Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column),
                    value::apply);
        }

        public Builder<T> integer(String column, ToIntFunction<T> value) {
            return add(column, Types.required(PrimitiveTypeName.INT32).named(column), row -> value.applyAsInt(row));
        }

        public Builder<T> bool(String column, java.util.function.Predicate<T> value) {
            return add(column, Types.required(PrimitiveTypeName.BOOLEAN).named(column), row -> value.test(row));
        }

        public Builder<T> real(String column, ToDoubleFunction<T> value) {
            return add(column, Types.required(PrimitiveTypeName.DOUBLE).named(column), row -> value.applyAsDouble(row));
        }

        /** A double that may be missing (null), and is missing when not a number. */
        public Builder<T> optionalReal(String column, Function<T, Double> value) {
            return add(column, Types.optional(PrimitiveTypeName.DOUBLE).named(column), row -> {
                Double v = value.apply(row);
                return v == null || v.isNaN() ? null : v;
            });
        }

        public Builder<T> date(String column, Function<T, LocalDate> value) {
            return add(column, Types.required(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(column),
                    row -> (int) value.apply(row).toEpochDay());
        }

        public Builder<T> timestamp(String column, Function<T, Instant> value) {
            return add(column, Types.required(PrimitiveTypeName.INT64)
                    .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named(column),
                    row -> ChronoUnit.MICROS.between(Instant.EPOCH, value.apply(row)));
        }

        private Builder<T> add(String column, Type type, Function<T, Object> value) {
            if (columns.stream().anyMatch(c -> c.name().equals(column))) {
                throw new IllegalArgumentException("two columns named " + column);
            }
            columns.add(new Column<>(column, type, value));
            return this;
        }

        public ParquetTable<T> build() {
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs a column");
            }
            return new ParquetTable<>(name, columns);
        }
    }
}
