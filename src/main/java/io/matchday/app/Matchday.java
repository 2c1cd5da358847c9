package io.matchday.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.matchday.MatchdaySettings;
import io.matchday.data.Database;
import io.matchday.data.FixtureRepository;
import io.matchday.data.FootballDataClient;
import io.matchday.data.IngestService;
import io.matchday.data.MatchRepository;
import io.matchday.data.RetryPolicy;
import io.matchday.data.TeamNames;
import io.matchday.jobs.JobHistory;
import io.matchday.jobs.JobScheduler;
import io.matchday.jobs.Operations;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.ledger.LedgerStore;
import io.matchday.ledger.LedgerWriter;
import io.matchday.monitoring.AlertRouting;
import io.matchday.monitoring.AlertStore;
import io.matchday.monitoring.MonitoringService;
import io.matchday.registry.ArtifactStore;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import io.matchday.reports.Reports;
import io.matchday.reports.Templates;
import io.matchday.serving.Catalog;
import io.matchday.serving.FixtureForecasts;
import io.matchday.serving.ForecastService;
import io.matchday.serving.JobBoard;
import io.matchday.serving.LedgerViews;
import io.matchday.serving.MatchData;
import io.matchday.serving.ChallengerViews;
import io.matchday.serving.ModelAdmin;
import io.matchday.serving.MonitoringViews;
import io.matchday.serving.RegistryViews;
import io.matchday.serving.RetrainingViews;
import io.matchday.serving.RunViews;
import io.matchday.serving.Serving;
import io.matchday.simulation.ReplayPipeline;
import io.matchday.simulation.SeasonSimulation;
import io.matchday.work.BackgroundWork;
import io.matchday.work.SharedWork;
import io.matchday.jobs.OperationsConfig;
import io.matchday.jobs.RetrainingConfig;
import io.matchday.ledger.LedgerConfig;
import io.matchday.monitoring.MonitoringConfig;
import io.matchday.serving.ServingConfig;
import io.matchday.work.WorkConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The composition root: the one place that builds Matchday — the match database and ingestion, runs, the registry
 * and training, monitoring and alerts, jobs and retraining, the ledger, background work, serving and the reports —
 * from one {@link MatchdaySettings settings object}. Every entry point runs this graph: the CLI uses what it needs,
 * the service registers every accessor below as a Spring bean (no hand-written bean per service), and a season replay
 * builds a private one for its on-trigger retraining ({@link #replayPipelines}).
 *
 * <p>Components are built on first use, so a CLI command that reads the registry never opens the ledger's log or
 * loads a champion. Building starts no thread: {@link #startServing} starts what a serving node runs, {@link #close}
 * stops it and closes the database.
 */
public final class Matchday implements AutoCloseable {

    /**
     * Everything the graph is built from: where data, database and artifacts live; the monitoring, retraining, job,
     * serving, ledger and background-work settings; where alerts go (Alertmanager, a webhook); this node's name, whether it runs the
     * cluster's jobs, its database pool; and the clock every component reads.
     */
    public record Settings(MatchdaySettings store, MonitoringConfig monitoring, RetrainingConfig retraining,
                           OperationsConfig operations, ServingConfig serving, LedgerConfig ledger, WorkConfig work,
                           AlertRouting alerting, String node, boolean runsJobs, Database.Pool pool, Clock clock) {

        /** Every setting at its default, the system clock: what a CLI command runs with. */
        public static Settings defaults(MatchdaySettings store, String node) {
            return new Settings(store, MonitoringConfig.DEFAULTS, RetrainingConfig.DEFAULTS, OperationsConfig.DEFAULTS,
                    ServingConfig.DEFAULTS, LedgerConfig.defaults(store.home().resolve("spool")), WorkConfig.DEFAULTS,
                    AlertRouting.NONE, node, true, Database.Pool.COMMAND, Clock.systemUTC());
        }

        /** Where alerts go besides the database (Alertmanager, a webhook); the defaults send them nowhere else. */
        public Settings withAlerting(AlertRouting alerting) {
            return new Settings(store, monitoring, retraining, operations, serving, ledger, work, alerting, node, runsJobs,
                    pool, clock);
        }

        public Settings withClock(Clock clock) {
            return new Settings(store, monitoring, retraining, operations, serving, ledger, work, alerting, node, runsJobs,
                    pool, clock);
        }

        public Settings withRetraining(RetrainingConfig retraining) {
            return new Settings(store, monitoring, retraining, operations, serving, ledger, work, alerting, node, runsJobs,
                    pool, clock);
        }
    }

    private final Settings settings;
    private final MeterRegistry meters;
    private final Database database;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final Lazy<TeamNames> teamNames = new Lazy<>(TeamNames::standard);
    private final Lazy<MatchRepository> matches = new Lazy<>(() -> new MatchRepository(dataSource(), teamNames()));
    private final Lazy<IngestService> ingest;
    private final Lazy<ArtifactStore> artifacts;
    private final Lazy<RunTracker> runs;
    private final Lazy<ModelRegistry> registry;
    private final Lazy<ModelTraining> training;
    private final Lazy<FixtureRepository> fixtures;
    private final Lazy<io.matchday.simulation.Projections> projections = new Lazy<>(() -> new io.matchday.simulation.Projections(
            matches(), fixtures(), registry(), new io.matchday.simulation.ProjectionStore(dataSource()), clock()));
    private final Lazy<LedgerStore> ledger;
    private final Lazy<AlertStore> alerts;
    private final Lazy<MonitoringService> monitoring;
    private final Lazy<RetrainingPipeline> retraining;
    private final Lazy<JobHistory> jobHistory;
    private final Lazy<Operations> operations;
    private final Lazy<Templates> templates = new Lazy<>(Templates::precompiled);
    private final Lazy<Reports> reports = new Lazy<>(() -> new Reports(templates()));
    private final Lazy<SeasonSimulation> simulation = new Lazy<>(() -> new SeasonSimulation(replayPipelines(), null));
    private final Lazy<LedgerWriter> ledgerWriter;
    private final Lazy<SharedWork> work;
    private final Lazy<JobScheduler> jobScheduler;
    private final Lazy<Serving> serving;
    private boolean serves;

    private Matchday(Settings settings, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters;
        this.database = Database.open(settings.store().database(), settings.pool());
        this.ingest = new Lazy<>(() -> new IngestService(new FootballDataClient(settings.store().dataUrl(),
                settings.store().home().resolve("cache"), RetryPolicy.DEFAULT, settings.clock()), dataSource(), teamNames(),
                settings.clock()));
        this.artifacts = new Lazy<>(() -> new ArtifactStore(settings.store().artifacts()));
        this.runs = new Lazy<>(() -> new RunTracker(dataSource(), artifacts(), settings.clock()));
        this.registry = new Lazy<>(() -> new ModelRegistry(dataSource(), artifacts(), settings.clock()));
        this.training = new Lazy<>(() -> new ModelTraining(matches(), runs(), registry()));
        this.fixtures = new Lazy<>(() -> new FixtureRepository(dataSource()));
        this.ledger = new Lazy<>(() -> new LedgerStore(dataSource()));
        this.alerts = new Lazy<>(() -> new AlertStore(dataSource(), settings.clock(), settings.alerting()));
        this.monitoring = new Lazy<>(() -> new MonitoringService(dataSource(), matches(), registry(), runs(), alerts(),
                settings.monitoring(), settings.clock()));
        this.retraining = new Lazy<>(() -> new RetrainingPipeline(dataSource(), monitoring(), training()::train,
                settings.retraining(), settings.clock(), settings.node()));
        this.jobHistory = new Lazy<>(() -> new JobHistory(dataSource(), settings.clock()));
        this.operations = new Lazy<>(() -> new Operations(ingest(), matches(), fixtures(), teamNames(), registry(), ledger(),
                monitoring(), retraining(), settings.operations(), settings.clock(), settings.node()));
        this.ledgerWriter = new Lazy<>(() -> new LedgerWriter(ledger(), settings.ledger(), settings.node(), json, meters,
                settings.clock()));
        this.work = new Lazy<>(() -> new SharedWork(new SharedWork.Resources(dataSource(), matches(), ingest(), runs(),
                artifacts(), retraining(), simulation(), reports()::backtest, this::championsMoved, this::teamsChanged), settings.work(), settings.node(), id -> jobScheduler().schedule(id),
                json, settings.clock()));
        this.jobScheduler = new Lazy<>(() -> new JobScheduler(dataSource(), jobs(), settings.operations(),
                jobHistory(), settings.node(), settings.clock(), work.get().execution(), alerts()));
        this.serving = new Lazy<>(() -> new Serving(new Serving.Resources(matches(), fixtures(), teamNames(), registry(),
                training(), runs(), ledger(), ledgerWriter(), retraining(), monitoring(), alerts(), jobScheduler(), projections(), meters),
                settings.serving(), settings.node(), settings.clock()));
    }

    /** Opens the database of {@code settings} (migrating its schema) and builds the graph on it. */
    public static Matchday open(Settings settings, MeterRegistry meters) {
        return new Matchday(settings, meters);
    }

    /**
     * Private pipelines for replays that retrain on trigger: each a graph of its own on an in-memory database, with
     * its artifacts under the replay's scratch directory, reading the replay's clock.
     */
    public static ReplayPipeline.Factory replayPipelines() {
        return ReplayGraph::open;
    }

    /**
     * Starts what a serving node runs: the ledger's writer (it first stores what a dead process left in its log), the
     * champions and the watcher that swaps them, the operations gauges, and — where this node runs jobs — the scheduler.
     */
    public synchronized void startServing() {
        ledgerWriter().start();
        serving.get().start();
        serves = true;
        if (settings.runsJobs()) {
            jobScheduler().start();
        }
    }

    /** Stops them after the last request was answered: the scheduler, the watchers, then the writer stores what is queued. */
    public synchronized void stopServing() {
        if (jobScheduler.built()) {
            jobScheduler().close();
        }
        if (serving.built()) {
            serving.get().close();
        }
        if (ledgerWriter.built()) {
            ledgerWriter().stop();
        }
        serves = false;
    }

    public boolean isServing() {
        return serves;
    }

    /** Stops whatever runs and closes the database. */
    @Override
    public synchronized void close() {
        stopServing();
        database.close();
    }

    /** Background work moved a champion: a serving node serves it at once (elsewhere nothing is served). */
    private void championsMoved() {
        if (serving.built()) {
            serving.get().championsMoved();
        }
    }

    /** Background work stored matches: a serving node knows their teams at once. */
    private void teamsChanged() {
        if (serving.built()) {
            serving.get().teamsChanged();
        }
    }

    public Settings settings() {
        return settings;
    }

    /** The clock every component reads. */
    public Clock clock() {
        return settings.clock();
    }

    public Database database() {
        return database;
    }

    public DataSource dataSource() {
        return database.dataSource();
    }

    public TeamNames teamNames() {
        return teamNames.get();
    }

    public MatchRepository matches() {
        return matches.get();
    }

    public IngestService ingest() {
        return ingest.get();
    }

    public ArtifactStore artifacts() {
        return artifacts.get();
    }

    public RunTracker runs() {
        return runs.get();
    }

    public ModelRegistry registry() {
        return registry.get();
    }

    public ModelTraining training() {
        return training.get();
    }

    public io.matchday.simulation.Projections projections() {
        return projections.get();
    }

    public FixtureRepository fixtures() {
        return fixtures.get();
    }

    public LedgerStore ledger() {
        return ledger.get();
    }

    public AlertStore alerts() {
        return alerts.get();
    }

    public MonitoringService monitoring() {
        return monitoring.get();
    }

    public RetrainingPipeline retraining() {
        return retraining.get();
    }

    public JobHistory jobHistory() {
        return jobHistory.get();
    }

    public Operations operations() {
        return operations.get();
    }

    /** The cluster's scheduler, as this node sees it; it runs nothing until {@link #startServing} starts it. */
    public JobScheduler jobScheduler() {
        return jobScheduler.get();
    }

    /** The one template engine of every console page and report. */
    public Templates templates() {
        return templates.get();
    }

    public Reports reports() {
        return reports.get();
    }

    public SeasonSimulation simulation() {
        return simulation.get();
    }

    public LedgerWriter ledgerWriter() {
        return ledgerWriter.get();
    }

    public BackgroundWork backgroundWork() {
        return work.get().work();
    }

    public ForecastService forecasts() {
        return serving.get().forecasts();
    }

    public ModelAdmin modelAdmin() {
        return serving.get().admin();
    }

    /** The recurring jobs: the operations' four, and the daily judging of challengers (which needs the serving side). */
    private java.util.List<io.matchday.jobs.Job> jobs() {
        java.util.List<io.matchday.jobs.Job> all = new java.util.ArrayList<>();
        for (io.matchday.jobs.Job job : operations().jobs()) {
            // the season projections follow the morning's forecasts: same data, same champions
            all.add(!job.name().equals(io.matchday.jobs.Operations.PREDICT_UPCOMING) ? job : io.matchday.jobs.Job.of(job.name(),
                    job.defaultCron(), () -> job.run() + "; " + projections().refresh(settings.operations().divisions())));
        }
        all.add(io.matchday.jobs.Job.of(JUDGE_CHALLENGERS, "0 0 7 * * *",
                () -> challengers().judge(settings.serving().autoPromote())));
        return java.util.List.copyOf(all);
    }

    /** The job that looks at every challenger daily, after the morning's results: promotes or recommends. */
    public static final String JUDGE_CHALLENGERS = "judge-challengers";

    public io.matchday.serving.ProjectionViews projectionViews() {
        return serving.get().projections();
    }

    public ChallengerViews challengers() {
        return serving.get().challengers();
    }

    public Catalog catalog() {
        return serving.get().catalog();
    }

    public FixtureForecasts fixtureForecasts() {
        return serving.get().fixtures();
    }

    public MatchData matchData() {
        return serving.get().matchData();
    }

    public LedgerViews ledgerViews() {
        return serving.get().ledger();
    }

    public RetrainingViews retrainingViews() {
        return serving.get().retraining();
    }

    public JobBoard jobBoard() {
        return serving.get().jobs();
    }

    public MonitoringViews monitoringViews() {
        return serving.get().monitoring();
    }

    public RegistryViews registryViews() {
        return serving.get().registry();
    }

    public RunViews runViews() {
        return serving.get().runs();
    }

    /** A component built on first use, once. */
    private static final class Lazy<T> {
        private final Supplier<T> build;
        private T value;

        Lazy(Supplier<T> build) {
            this.build = build;
        }

        synchronized T get() {
            if (value == null) {
                value = build.get();
            }
            return value;
        }

        synchronized boolean built() {
            return value != null;
        }
    }
}
