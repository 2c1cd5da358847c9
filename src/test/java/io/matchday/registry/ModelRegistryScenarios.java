package io.matchday.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import io.matchday.data.Fixture;
import io.matchday.data.Match;
import io.matchday.models.Model;
import io.matchday.models.ModelZoo;
import io.matchday.models.TrainingData;
import io.matchday.testsupport.SyntheticMatches;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry against a real database; run once per database by the subclasses. */
abstract class ModelRegistryScenarios {

    private static final List<Match> LEAGUE = SyntheticMatches.league(20, 2, 6);
    private static final TrainingData DATA = new TrainingData(LEAGUE, LEAGUE.get(LEAGUE.size() - 1).date().plusDays(1));

    @TempDir
    Path artifacts;

    private Database db;
    private ModelRegistry registry;
    private String runId;

    @BeforeEach
    void open(DatabaseSettings database) {
        db = Database.open(database);
        ArtifactStore store = new ArtifactStore(artifacts);
        registry = new ModelRegistry(db.dataSource(), store, Clock.systemUTC());
        runId = new RunTracker(db.dataSource(), store, Clock.systemUTC()).start(new RunTracker.Start("train", "E0", null,
                null, DATA.fingerprint(), "test", Map.of(), Map.of()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void versionsAreNumberedAndALoadedVersionForecastsLikeTheTrainedModel() {
        Model trained = ModelZoo.trainer("dixon-coles").train(DATA);
        ModelVersion v1 = registry.register("e0-outcome", runId, "dixon-coles", trained);
        ModelVersion v2 = registry.register("e0-outcome", runId, "climatology", ModelZoo.trainer("climatology").train(DATA));
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        Match m = LEAGUE.get(LEAGUE.size() - 1);
        Fixture later = new Fixture(m.division(), DATA.cutoff().plusDays(3), m.home(), m.away(), null);
        assertThat(registry.load(v1).forecast(later)).isEqualTo(trained.forecast(later));
        assertThat(registry.names()).containsExactly("e0-outcome");
    }

    @Test
    void aliasMovesAreAuditedAndRollbackRestoresThePreviousChampion() {
        Model model = ModelZoo.trainer("climatology").train(DATA);
        registry.register("e0-outcome", runId, "climatology", model);
        registry.register("e0-outcome", runId, "climatology", model);
        registry.moveAlias("e0-outcome", ModelRegistry.CHAMPION, 1, "first", false);
        registry.moveAlias("e0-outcome", ModelRegistry.CHALLENGER, 2, "gate", false);
        registry.moveAlias("e0-outcome", ModelRegistry.CHAMPION, 2, "forced", true);
        assertThat(registry.champion("e0-outcome")).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(2));
        assertThat(registry.alias("e0-outcome", ModelRegistry.CHALLENGER)).isEmpty();
        assertThat(registry.audit("e0-outcome")).extracting(AliasChange::alias, AliasChange::fromVersion,
                AliasChange::toVersion, AliasChange::forced).containsExactly(
                org.assertj.core.groups.Tuple.tuple("champion", null, 1, false),
                org.assertj.core.groups.Tuple.tuple("challenger", null, 2, false),
                org.assertj.core.groups.Tuple.tuple("champion", 1, 2, true));
        assertThat(registry.rollback("e0-outcome", "worse")).isEqualTo(1);
        assertThat(registry.champion("e0-outcome")).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(1));
        assertThatThrownBy(() -> registry.moveAlias("e0-outcome", ModelRegistry.CHAMPION, 9, "x", false))
                .hasMessage("model e0-outcome has no version 9");
        assertThatThrownBy(() -> registry.register("Bad Name", runId, "x", model)).hasMessageContaining("model name must be");
    }

    @Test
    void concurrentRegistrationsAndPromotionsResolveToOneConsistentState() throws Exception {
        Model model = ModelZoo.trainer("climatology").train(DATA);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ModelVersion>> registered = pool.invokeAll(List.of(
                    () -> { start.await(); return registry.register("race", runId, "climatology", model); },
                    () -> { start.countDown(); return registry.register("race", runId, "climatology", model); }));
            assertThat(List.of(registered.get(0).get().version(), registered.get(1).get().version()))
                    .containsExactlyInAnyOrder(1, 2);

            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> promotions = pool.invokeAll(List.of(
                    () -> { go.await(); registry.moveAlias("race", ModelRegistry.CHAMPION, 1, "a", false); return null; },
                    () -> { go.countDown(); registry.moveAlias("race", ModelRegistry.CHAMPION, 2, "b", false); return null; }));
            for (Future<Object> f : promotions) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        int champion = registry.champion("race").orElseThrow().version();
        List<AliasChange> audit = registry.audit("race");
        // One winner: the audit chains from nothing to the version that is champion now.
        assertThat(audit.get(0).fromVersion()).isNull();
        assertThat(audit.get(audit.size() - 1).toVersion()).isEqualTo(champion);
        for (int i = 1; i < audit.size(); i++) {
            assertThat(audit.get(i).fromVersion()).isEqualTo(audit.get(i - 1).toVersion());
        }
    }
}
