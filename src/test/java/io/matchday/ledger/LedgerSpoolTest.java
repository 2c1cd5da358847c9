package io.matchday.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.matchday.Ids;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerSpoolTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    private static ServedPrediction row(int i) {
        Instant at = Instant.parse("2025-05-18T12:00:00Z").plusMillis(i);
        return new ServedPrediction(Ids.next(at), at, "n1", "e0-outcome", 2, "E0", LocalDate.of(2025, 5, 25),
                "Arsenal", "Chelsea", i % 2 == 0 ? 2.1 : null, i % 2 == 0 ? 3.4 : null, i % 2 == 0 ? 3.6 : null,
                0.5, 0.3, 0.2, i % 3 == 0 ? null : 1.7, i % 3 == 0 ? null : 1.1);
    }

    @Test
    void replayHandsBackEveryRowExactlyAsSpooledAndEmptiesTheSpool() {
        LedgerSpool spool = new LedgerSpool(dir, "node/1", json);
        List<ServedPrediction> rows = IntStream.range(0, 7).mapToObj(LedgerSpoolTest::row).toList();
        spool.append(rows.subList(0, 3));
        spool.append(rows.subList(3, 7));
        assertThat(spool.size()).isEqualTo(7);
        List<ServedPrediction> replayed = new ArrayList<>();
        spool.replay(replayed::addAll);
        assertThat(replayed).isEqualTo(rows);
        assertThat(spool.size()).isZero();
        spool.replay(batch -> { throw new AssertionError("nothing left to replay"); });
    }

    @Test
    void aFailedReplayKeepsTheRowsAndNewRowsAreKeptBesideThem() {
        LedgerSpool spool = new LedgerSpool(dir, "n1", json);
        ServedPrediction first = row(1);
        ServedPrediction second = row(2);
        ServedPrediction third = row(3);
        spool.append(List.of(first, second));
        assertThatThrownBy(() -> spool.replay(batch -> { throw new IllegalStateException("database down"); }))
                .hasMessage("database down");
        spool.append(List.of(third));
        assertThat(spool.size()).isEqualTo(3);

        // A new process on the same spool (after a crash) counts and replays everything left:
        // first the batch whose replay failed, then what was spooled since.
        LedgerSpool restarted = new LedgerSpool(dir, "n1", json);
        assertThat(restarted.size()).isEqualTo(3);
        List<ServedPrediction> replayed = new ArrayList<>();
        restarted.replay(replayed::addAll);
        restarted.replay(replayed::addAll);
        assertThat(replayed).containsExactly(first, second, third);
        assertThat(restarted.size()).isZero();
    }
}
