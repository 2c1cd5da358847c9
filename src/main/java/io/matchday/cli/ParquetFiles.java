package io.matchday.cli;

import io.matchday.MatchdayException;
import io.matchday.tabular.ParquetTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A command's Parquet output file: its folder made if missing, a failure said in one line. */
final class ParquetFiles {

    private ParquetFiles() {
    }

    /** Writes {@code rows} to {@code file}; returns how many. */
    static <T> long write(Path file, ParquetTable<T> table, Iterable<? extends T> rows) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return table.write(rows, file);
        } catch (IOException | UncheckedIOException e) {
            throw new MatchdayException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
