package io.matchday.serving;

import io.matchday.data.FixtureRepository;
import io.matchday.data.MatchRepository;
import io.matchday.data.TeamNames;
import io.matchday.jobs.JobScheduler;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.ledger.LedgerStore;
import io.matchday.ledger.LedgerWriter;
import io.matchday.monitoring.AlertStore;
import io.matchday.monitoring.MonitoringService;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/**
 * What a serving node holds and answers from, built once per node by the composition root: the champions it serves
 * (loaded at {@link #start}, swapped when their alias moves), the teams it resolves names against, the forecast
 * service, model administration, and the read models the API and the console share.
 */
public final class Serving implements AutoCloseable {

    /** What a serving node reads and writes. */
    public record Resources(MatchRepository matches, FixtureRepository fixtures, TeamNames names, ModelRegistry registry,
                            ModelTraining training, RunTracker runs, LedgerStore ledger, LedgerWriter ledgerWriter,
                            RetrainingPipeline retraining, MonitoringService monitoring, AlertStore alerts,
                            JobScheduler scheduler, io.matchday.simulation.Projections projections, MeterRegistry meters) {
    }

    /** Requests waiting for their challengers' forecasts before new ones go unshadowed. */
    static final int SHADOW_QUEUE = 10_000;

    private final ServedModels served;
    private final TeamDirectory teams;
    private final OperationsMetrics metrics;
    private final AlertResender alertResender;
    private final ForecastService forecasts;
    private final ShadowScoring shadows;
    private final ChallengerViews challengers;
    private final ModelAdmin admin;
    private final Catalog catalog;
    private final FixtureForecasts fixtures;
    private final MatchData matchData;
    private final LedgerViews ledger;
    private final RetrainingViews retraining;
    private final JobBoard jobs;
    private final MonitoringViews monitoring;
    private final RegistryViews registry;
    private final RunViews runs;

    /** @param node this node's name, on every forecast it ledgers */
    private final ProjectionViews projections;

    public Serving(Resources r, ServingConfig config, String node, Clock clock) {
        this.teams = new TeamDirectory(r.matches(), r.names(), clock);
        this.served = new ServedModels(r.registry(), r.meters(), clock, config.refreshInterval(), teams);
        this.metrics = new OperationsMetrics(r.meters(), r.monitoring(), r.scheduler(), config.metricsRefresh());
        this.shadows = new ShadowScoring(served, r.ledgerWriter(), r.meters(), clock, SHADOW_QUEUE);
        this.forecasts = new ForecastService(served, teams, r.ledgerWriter(), shadows, clock, node);
        this.admin = new ModelAdmin(r.training(), r.registry(), served, r.alerts());
        this.challengers = new ChallengerViews(r.registry(), r.ledger(), served, admin, r.alerts());
        this.catalog = new Catalog(served, teams, r.names(), r.matches(), r.registry(), r.runs(), r.ledgerWriter());
        this.fixtures = new FixtureForecasts(r.matches(), r.fixtures(), served);
        this.matchData = new MatchData(r.matches());
        this.ledger = new LedgerViews(r.ledger(), r.matches(), r.names());
        this.retraining = new RetrainingViews(r.retraining());
        this.jobs = new JobBoard(r.scheduler());
        this.monitoring = new MonitoringViews(r.monitoring(), r.alerts(), r.registry());
        this.alertResender = new AlertResender(r.alerts());
        this.registry = new RegistryViews(r.registry(), catalog);
        this.runs = new RunViews(r.runs());
        this.projections = new ProjectionViews(r.projections());
    }

    /** Loads every champion and starts watching the registry and the operations state. */
    public void start() {
        served.start();
        metrics.start();
        alertResender.start();
    }

    /** A champion may have moved (a promotion, a retraining): serve the new one at once rather than at the next poll. */
    public void championsMoved() {
        served.refresh();
    }

    /** Matches were stored: promoted teams become known at once. */
    public void teamsChanged() {
        teams.reload();
    }

    public ForecastService forecasts() {
        return forecasts;
    }

    public ChallengerViews challengers() {
        return challengers;
    }

    public ModelAdmin admin() {
        return admin;
    }

    public Catalog catalog() {
        return catalog;
    }

    public FixtureForecasts fixtures() {
        return fixtures;
    }

    public MatchData matchData() {
        return matchData;
    }

    public LedgerViews ledger() {
        return ledger;
    }

    public RetrainingViews retraining() {
        return retraining;
    }

    public JobBoard jobs() {
        return jobs;
    }

    public MonitoringViews monitoring() {
        return monitoring;
    }

    public RegistryViews registry() {
        return registry;
    }

    public ProjectionViews projections() {
        return projections;
    }

    public RunViews runs() {
        return runs;
    }

    @Override
    public void close() {
        alertResender.close();
        metrics.close();
        shadows.close();
        served.close();
    }
}
