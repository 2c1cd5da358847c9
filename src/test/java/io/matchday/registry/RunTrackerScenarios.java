package io.matchday.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run tracking against a real database; run once per database by the subclasses. */
abstract class RunTrackerScenarios {

    @TempDir
    Path artifacts;

    private DatabaseSettings database;

    @BeforeEach
    void database(DatabaseSettings database) {
        this.database = database;
    }

    @Test
    void recordsARunWithParametersMetricsAndArtifacts() {
        try (Database db = Database.open(database)) {
            RunTracker tracker = new RunTracker(db.dataSource(), new ArtifactStore(artifacts), Clock.systemUTC());
            String id = tracker.start(new RunTracker.Start("backtest", "E0", LocalDate.of(2005, 8, 13),
                    LocalDate.of(2024, 5, 19), "f".repeat(64), "abc1234", Map.of("models", List.of("market", "elo"),
                    "rolling_days", 0), Map.of("purpose", "test")));
            assertThat(tracker.find(id)).hasValueSatisfying(r -> {
                assertThat(r.status()).isEqualTo("running");
                assertThat(r.endedAt()).isNull();
            });
            tracker.logMetrics(id, List.of(RunMetric.of("elo.rps", 0.2022), new RunMetric("elo.rps", 0, "2019-08-05", 0.21)));
            RunArtifact artifact = tracker.logArtifact(id, "backtest.json", "application/json",
                    "{\"matches\":380}".getBytes(StandardCharsets.UTF_8));
            tracker.finish(id);

            Run run = tracker.find(id).orElseThrow();
            assertThat(run.status()).isEqualTo("finished");
            assertThat(run.endedAt()).isNotNull();
            assertThat(run.parameters()).containsEntry("models", List.of("market", "elo")).containsEntry("rolling_days", 0);
            assertThat(run.tags()).containsEntry("purpose", "test");
            assertThat(run.windowEnd()).isEqualTo(LocalDate.of(2024, 5, 19));
            assertThat(tracker.metrics(id)).containsExactly(RunMetric.of("elo.rps", 0.2022),
                    new RunMetric("elo.rps", 0, "2019-08-05", 0.21));
            assertThat(tracker.artifacts(id)).containsExactly(artifact);
            assertThat(new String(tracker.artifact(artifact), StandardCharsets.UTF_8)).isEqualTo("{\"matches\":380}");
            assertThat(tracker.list()).extracting(Run::id).containsExactly(id);
            assertThatThrownBy(() -> tracker.finish(id)).hasMessageContaining("is not running");
        }
    }

    @Test
    void aFailedRunKeepsItsMessage() {
        try (Database db = Database.open(database)) {
            RunTracker tracker = new RunTracker(db.dataSource(), new ArtifactStore(artifacts), Clock.systemUTC());
            String id = tracker.start(new RunTracker.Start("train", "E0", null, null, null, "abc1234", Map.of(), Map.of()));
            tracker.fail(id, new IllegalStateException("optimisation did not converge"));
            assertThat(tracker.find(id)).hasValueSatisfying(r -> {
                assertThat(r.status()).isEqualTo("failed");
                assertThat(r.message()).isEqualTo("optimisation did not converge");
            });
        }
    }
}
