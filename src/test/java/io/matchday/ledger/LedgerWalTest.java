package io.matchday.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.matchday.SettableClock;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerWalTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private static ServedPrediction row(int i) {
        return new ServedPrediction("id-" + i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), "node", "e0-outcome", 1, "E0",
                LocalDate.of(2026, 1, 3), "A", "B", 2.0, 3.4, 3.8, 0.5, 0.3, 0.2, 1.5, 1.0);
    }

    @Test
    void rowsOfAKilledProcessAreReadBackButNotAHalfWrittenLineNorALiveProcesssRows() throws Exception {
        LedgerWal killed = new LedgerWal(dir, JSON, clock, 1001, pid -> false);
        for (int i = 0; i < 3; i++) {
            killed.append(row(i));
        }
        // The process died in the middle of a write: the last line has no end.
        try (Stream<Path> files = Files.list(dir)) {
            Path segment = files.filter(f -> f.getFileName().toString().startsWith("wal-1001-")).findFirst().orElseThrow();
            Files.writeString(segment, "{\"id\":\"id-half", StandardOpenOption.APPEND);
        }
        LedgerWal alive = new LedgerWal(dir, JSON, clock, 1002, pid -> pid == 1003);
        alive.append(row(9));
        LedgerWal next = new LedgerWal(dir, JSON, clock, 1003, pid -> pid == 1002);
        assertThat(next.leftovers()).extracting(ServedPrediction::id).containsExactly("id-0", "id-1", "id-2");
        next.dropLeftovers();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("the dead process's log is gone, the live one's is left alone")
                    .noneMatch(n -> n.startsWith("wal-1001-")).anyMatch(n -> n.startsWith("wal-1002-"));
        }
    }

    @Test
    void aSegmentIsDeletedOnceItIsClosedAndEveryRowIsSafeElsewhere() throws Exception {
        LedgerWal wal = new LedgerWal(dir, JSON, clock, 2001, pid -> false);
        long first = wal.append(row(1));
        wal.append(row(2));
        wal.rotateIfOlderThan(0);
        long second = wal.append(row(3));
        assertThat(second).isNotEqualTo(first);
        wal.acknowledge(first, 1);
        assertThat(segments()).as("one row of the closed segment is still only here").isEqualTo(2);
        wal.acknowledge(first, 1);
        assertThat(segments()).isEqualTo(1);
        assertThat(wal.pending()).isEqualTo(1);
        wal.acknowledge(second, 1);
        wal.close();
        assertThat(segments()).isZero();
    }

    @Test
    void aSegmentRotatesOnlyOnceTheClockSaysItIsOldEnoughAndHoldsRows() throws Exception {
        LedgerWal wal = new LedgerWal(dir, JSON, clock, 3001, pid -> false);
        long first = wal.append(row(1));
        clock.advance(Duration.ofMillis(999));
        wal.rotateIfOlderThan(1000);
        assertThat(wal.append(row(2))).as("younger than the age: still the same segment").isEqualTo(first);
        clock.advance(Duration.ofMillis(1));
        wal.rotateIfOlderThan(1000);
        assertThat(wal.append(row(3))).isNotEqualTo(first);
        assertThat(segments()).isEqualTo(2);
        wal.acknowledge(first, 2);
        assertThat(segments()).as("the rotated segment goes once its rows are safe").isEqualTo(1);
        wal.close();
    }

    @Test
    void anEmptySegmentIsNeverRotatedHoweverOld() throws Exception {
        LedgerWal wal = new LedgerWal(dir, JSON, clock, 3002, pid -> false);
        clock.advance(Duration.ofDays(1));
        wal.rotateIfOlderThan(1000);
        assertThat(segments()).isEqualTo(1);
        wal.close();
        assertThat(segments()).as("closed with nothing pending: deleted").isZero();
    }

    @Test
    void anInterruptedThreadLeavesTheLogWorkingForEveryOther() throws Exception {
        LedgerWal wal = new LedgerWal(dir, JSON, clock, 4001, pid -> false);
        // A request thread whose client went, or the fsync thread at shutdown, is interrupted inside a write or a force.
        Thread interrupted = new Thread(() -> {
            Thread.currentThread().interrupt();
            wal.append(row(1));
            wal.force();
        });
        interrupted.start();
        interrupted.join();
        wal.append(row(2));
        wal.force();
        wal.close();
        LedgerWal next = new LedgerWal(dir, JSON, clock, 4002, pid -> false);
        assertThat(next.leftovers()).extracting(ServedPrediction::id).containsExactly("id-1", "id-2");
    }

    private long segments() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("wal-")).count();
        }
    }
}
