package io.matchday.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.ledger.ServedPrediction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ledger rows that could not be written to the database, as JSON lines in a local file. Replay
 * first moves the file aside (so new rows start a fresh file), writes what it holds, then deletes
 * it; a replay cut short leaves the moved file, which the next replay takes up again. Rows carry
 * their ids, so writing one twice is detected and skipped.
 */
final class LedgerSpool {

    private final Path file;
    private final Path replaying;
    private final ObjectMapper json;
    private final AtomicLong rows = new AtomicLong();

    LedgerSpool(Path directory, String node, ObjectMapper json) {
        this.json = json;
        String safe = node.replaceAll("[^A-Za-z0-9._-]", "_");
        this.file = directory.resolve("ledger-" + safe + ".jsonl");
        this.replaying = directory.resolve("ledger-" + safe + ".replaying.jsonl");
        try {
            Files.createDirectories(directory);
            rows.set(lines(file) + lines(replaying));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the ledger spool directory " + directory, e);
        }
    }

    synchronized void append(List<ServedPrediction> batch) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (ServedPrediction row : batch) {
                out.write(json.writeValueAsString(row));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool ledger rows to " + file, e);
        }
        rows.addAndGet(batch.size());
    }

    long size() {
        return rows.get();
    }

    Path file() {
        return file;
    }

    /** Hands every spooled row to {@code writer}; the rows are dropped from the spool only if it returns normally. */
    void replay(java.util.function.Consumer<List<ServedPrediction>> writer) {
        try {
            synchronized (this) {
                if (!Files.exists(replaying)) {
                    if (!Files.exists(file)) {
                        return;
                    }
                    Files.move(file, replaying, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            List<ServedPrediction> batch = read(replaying);
            writer.accept(batch);
            Files.delete(replaying);
            rows.addAndGet(-batch.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replay the ledger spool " + replaying, e);
        }
    }

    private List<ServedPrediction> read(Path path) throws IOException {
        List<ServedPrediction> batch = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    batch.add(json.readValue(line, ServedPrediction.class));
                }
            }
        }
        return batch;
    }

    private static long lines(Path path) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        try (var lines = Files.lines(path, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }
}
