package io.matchday.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import io.matchday.data.Division;
import io.matchday.data.FootballDataClient;
import io.matchday.data.IngestListener;
import io.matchday.data.IngestService;
import io.matchday.data.MatchRepository;
import io.matchday.data.RetryPolicy;
import io.matchday.data.SeasonRange;
import io.matchday.data.TeamNames;
import io.matchday.monitoring.AlertRouting;
import io.matchday.monitoring.AlertStore;
import io.matchday.monitoring.MonitoringConfig;
import io.matchday.monitoring.MonitoringService;
import io.matchday.registry.ArtifactStore;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import io.matchday.testsupport.SyntheticData;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retraining pipeline on a real database: a failure changes nothing but the history; one run at a time. */
class RetrainingPipelineIntegrationTest {

    private static final Division E0 = Division.of("E0");
    private static final String MODEL = "e0-outcome";

    @TempDir
    Path home;

    private Database database;
    private ModelRegistry registry;
    private ModelTraining training;
    private MonitoringService monitoring;

    @BeforeEach
    void leagueWithAChampion() {
        SyntheticData.write(home.resolve("data"), 20, 3, 21);
        database = Database.open(new DatabaseSettings("jdbc:h2:file:" + home.resolve("db/m"), "sa", ""));
        TeamNames names = TeamNames.standard();
        new IngestService(new FootballDataClient(home.resolve("data").toUri(), home.resolve("cache"), RetryPolicy.DEFAULT,
                Clock.systemUTC()), database.dataSource(), names, Clock.systemUTC()).ingest(E0, SeasonRange.ALL, IngestListener.NONE);
        ArtifactStore artifacts = new ArtifactStore(home.resolve("artifacts"));
        registry = new ModelRegistry(database.dataSource(), artifacts, Clock.systemUTC());
        RunTracker runs = new RunTracker(database.dataSource(), artifacts, Clock.systemUTC());
        MatchRepository matches = new MatchRepository(database.dataSource(), names);
        training = new ModelTraining(matches, runs, registry);
        training.train(new ModelTraining.Request(E0, "dixon-coles", MODEL, null, 0));
        monitoring = new MonitoringService(database.dataSource(), matches, registry, runs,
                new AlertStore(database.dataSource(), Clock.systemUTC(), AlertRouting.NONE), MonitoringConfig.DEFAULTS, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private RetrainingPipeline pipeline(Function<ModelTraining.Request, ModelTraining.Outcome> step) {
        return new RetrainingPipeline(database.dataSource(), monitoring, step, RetrainingConfig.DEFAULTS, Clock.systemUTC(), "n1");
    }

    @Test
    void aFailedTrainingLeavesTheChampionServingAndIsInTheHistory() {
        int before = registry.champion(MODEL).orElseThrow().version();
        RetrainingPipeline pipeline = pipeline(request -> {
            throw new IllegalStateException("injected: disk full while training");
        });
        RetrainingRun run = pipeline.run(E0, MODEL, "manual: test");
        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.message()).contains("injected: disk full");
        assertThat(registry.champion(MODEL).orElseThrow().version()).isEqualTo(before);
        assertThat(pipeline.running(MODEL)).isEmpty();
        assertThat(pipeline.history(MODEL, 10)).extracting(RetrainingRun::status).containsExactly("FAILED");
        // ... and raises RetrainingFailed for the model, which the next successful retraining resolves.
        assertThat(monitoring.alerts().active()).singleElement().satisfies(a -> {
            assertThat(a.alertname()).isEqualTo("RetrainingFailed");
            assertThat(a.labels()).containsEntry("model", MODEL).containsEntry("division", "E0")
                    .containsEntry("severity", "critical");
            assertThat(a.summary()).contains("injected: disk full");
        });
        RetrainingRun next = pipeline(training::train).run(E0, MODEL, "manual: after the fix");
        assertThat(next.status()).isNotEqualTo("FAILED");
        assertThat(monitoring.alerts().active()).extracting(io.matchday.monitoring.ActiveAlert::alertname)
                .doesNotContain("RetrainingFailed");
    }

    @Test
    void twoConcurrentTriggersStartOneRun() throws Exception {
        CountDownLatch inTraining = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RetrainingPipeline pipeline = pipeline(request -> {
            inTraining.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return training.train(request);
        });
        CompletableFuture<RetrainingRun> first = CompletableFuture.supplyAsync(() -> pipeline.run(E0, MODEL, "manual: first"));
        assertThat(inTraining.await(30, TimeUnit.SECONDS)).isTrue();
        String running = pipeline.running(MODEL).orElseThrow().id();
        assertThatThrownBy(() -> pipeline.run(E0, MODEL, "manual: second")).isInstanceOf(RetrainingBusyException.class)
                .satisfies(e -> assertThat(((RetrainingBusyException) e).runningId()).isEqualTo(running));
        release.countDown();
        RetrainingRun done = first.get(60, TimeUnit.SECONDS);
        assertThat(done.id()).isEqualTo(running);
        // Same kind on newer data: a refresh, promoted, with the gate's numbers and the data snapshot in the decision.
        assertThat(done.status()).isEqualTo("PROMOTED");
        assertThat(done.decision()).contains("candidate RPS").contains("vs the closing market").contains("data ");
        assertThat(registry.champion(MODEL).orElseThrow().version()).isEqualTo(done.candidate());
        assertThat(pipeline.history(MODEL, 10)).hasSize(1);
    }

    @Test
    void triggersReportWhatTheyCompare() {
        var triggers = pipeline(training::train).evaluate(E0, MODEL);
        assertThat(triggers).extracting(Trigger::name).containsExactly("performance", "performance-vs-market", "drift", "age",
                "new-data");
        // The champion was trained on every match: nothing settled since, and the data are years old by the clock.
        assertThat(triggers.get(4).observed()).isZero();
        assertThat(triggers.get(3).fired()).isTrue();
    }
}
