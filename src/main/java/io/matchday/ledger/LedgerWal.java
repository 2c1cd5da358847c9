package io.matchday.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The ledger's write-ahead log: every served forecast is appended here, with one write call that
 * hands it to the operating system, before its answer goes out — so a killed process loses none —
 * and forced to disk in groups (a power loss costs at most the rows since the last force). Rows go
 * into segments; a segment is deleted once it is closed and every row of it is safe elsewhere (the
 * database or the spool). Segments are named by their process: at start, those of processes that no
 * longer run (a killed node) are read back; those of a live process sharing the directory are left alone.
 */
final class LedgerWal implements AutoCloseable {

    /**
     * One segment file: how many rows went in, how many are safe elsewhere. Written through a stream,
     * not a {@code FileChannel}: an interrupt of any thread inside a channel operation (a request thread
     * when its client goes, the fsync thread at shutdown) closes the channel for every other thread.
     */
    private static final class Segment {
        final long sequence;
        final Path file;
        final FileOutputStream out;
        final long openedAt;
        final AtomicInteger appended = new AtomicInteger();
        final AtomicInteger acknowledged = new AtomicInteger();
        volatile boolean closed;

        Segment(long sequence, Path file, long openedAt) throws IOException {
            this.sequence = sequence;
            this.openedAt = openedAt;
            this.file = Files.createFile(file);
            this.out = new FileOutputStream(file.toFile(), true);
        }

        /** Forces what was written to disk, unless the segment was closed (and so forced) meanwhile. */
        synchronized void force() throws IOException {
            if (!closed) {
                out.getFD().sync();
            }
        }

        synchronized void close() throws IOException {
            if (!closed) {
                out.getFD().sync();
                out.close();
                closed = true;
            }
        }
    }

    private final Path directory;
    private final String prefix;
    private final ObjectMapper json;
    private final Clock clock;
    private final List<Path> leftovers;
    private final Map<Long, Segment> segments = new ConcurrentHashMap<>();
    private long nextSequence;
    private volatile Segment current;

    LedgerWal(Path directory, ObjectMapper json, Clock clock) {
        this(directory, json, clock, ProcessHandle.current().pid(),
                pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /** @param pid this process; {@code alive} tells whether another process still runs */
    LedgerWal(Path directory, ObjectMapper json, Clock clock, long pid, java.util.function.LongPredicate alive) {
        this.directory = directory;
        this.prefix = "wal-" + pid + "-";
        this.json = json;
        this.clock = clock;
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                this.leftovers = files.filter(f -> ofAnEndedProcess(f, pid, alive)).sorted().toList();
            }
            this.nextSequence = clock.millis() * 1000;
            this.current = open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the ledger's write-ahead log in " + directory, e);
        }
    }

    /** A segment {@code wal-<pid>-<sequence>.jsonl} whose process no longer runs. */
    private static boolean ofAnEndedProcess(Path file, long self, java.util.function.LongPredicate alive) {
        String name = file.getFileName().toString();
        if (!name.startsWith("wal-") || !name.endsWith(".jsonl")) {
            return false;
        }
        try {
            long pid = Long.parseLong(name.substring(4, name.indexOf('-', 4)));
            return pid != self && !alive.test(pid);
        } catch (RuntimeException notOurs) {
            return false;
        }
    }

    /** Appends a row with one write call and returns its segment: when this returns, a process crash cannot lose it. */
    long append(ServedPrediction row) {
        byte[] line;
        try {
            line = (json.writeValueAsString(row) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a ledger row as JSON", e);
        }
        synchronized (this) {
            Segment segment = current;
            try {
                segment.out.write(line);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to the ledger's write-ahead log " + segment.file, e);
            }
            segment.appended.incrementAndGet();
            return segment.sequence;
        }
    }

    /** {@code rows} rows of {@code segment} are safe in the database or the spool. */
    void acknowledge(long segment, int rows) {
        Segment s = segments.get(segment);
        if (s != null) {
            s.acknowledged.addAndGet(rows);
            deleteIfDone(s);
        }
    }

    /** Forces the open segment to disk: the group fsync, every few milliseconds. */
    void force() {
        Segment segment = current;
        try {
            segment.force();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot force the ledger's write-ahead log " + segment.file, e);
        }
    }

    /** Starts a new segment when the open one is older than {@code millis} and holds rows, so acknowledged ones can go. */
    void rotateIfOlderThan(long millis) {
        Segment old = current;
        if (old.appended.get() == 0 || clock.millis() - old.openedAt < millis) {
            return;
        }
        Segment fresh;
        synchronized (this) {
            try {
                fresh = open();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open a ledger write-ahead log segment in " + directory, e);
            }
            current = fresh;
        }
        close(old);
        deleteIfDone(old);
    }

    /** Rows of segments an earlier process left: forecasts it answered that may not have reached the database. */
    List<ServedPrediction> leftovers() {
        List<ServedPrediction> rows = new ArrayList<>();
        for (Path file : leftovers) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int end = text.lastIndexOf('\n');
                // A line without its newline was being written when the process died: never answered, so not a loss.
                for (String line : text.substring(0, end + 1).split("\n")) {
                    if (!line.isBlank()) {
                        rows.add(json.readValue(line, ServedPrediction.class));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the ledger's write-ahead log " + file, e);
            }
        }
        return rows;
    }

    /** The earlier process's segments, once their rows are stored. */
    void dropLeftovers() {
        for (Path file : leftovers) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file, e);
            }
        }
    }

    /** Rows appended and not yet acknowledged, over every segment of this process. */
    long pending() {
        return segments.values().stream().mapToLong(s -> s.appended.get() - s.acknowledged.get()).sum();
    }

    private Segment open() throws IOException {
        long sequence = nextSequence++;
        Segment segment = new Segment(sequence, directory.resolve(prefix + sequence + ".jsonl"), clock.millis());
        segments.put(sequence, segment);
        return segment;
    }

    private void close(Segment segment) {
        try {
            segment.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + segment.file, e);
        }
    }

    private void deleteIfDone(Segment segment) {
        if (segment.closed && segment.acknowledged.get() >= segment.appended.get() && segments.remove(segment.sequence) != null) {
            try {
                Files.deleteIfExists(segment.file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + segment.file, e);
            }
        }
    }

    /** A clean stop: the open segment is closed, and deleted when every row of it is safe. */
    @Override
    public synchronized void close() {
        close(current);
        segments.values().forEach(this::deleteIfDone);
    }
}
