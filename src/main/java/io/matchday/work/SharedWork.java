package io.matchday.work;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.data.IngestService;
import io.matchday.data.MatchRepository;
import io.matchday.evaluation.BacktestReport;
import io.matchday.jobs.OneTimeWork;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.registry.ArtifactStore;
import io.matchday.registry.RunTracker;
import io.matchday.simulation.SeasonSimulation;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Background work on the shared database as one node runs it: the {@link BackgroundWork} every node answers from,
 * and the {@link OneTimeWork} its scheduler runs when it picks one of the work's executions. The composition root
 * builds it once per process; the rest of the package stays behind it.
 */
public final class SharedWork {

    /**
     * What the kinds of work use.
     *
     * @param backtestPages  renders a backtest as its self-contained HTML report (a run artifact)
     * @param championsMoved told when a retraining has ended: this node then serves a promoted candidate at once
     * @param teamsChanged   told when an ingest has stored its files: promoted teams become known at once
     */
    public record Resources(DataSource database, MatchRepository matches, IngestService ingest, RunTracker runs,
                            ArtifactStore artifacts, RetrainingPipeline retraining, SeasonSimulation simulation,
                            Function<BacktestReport, String> backtestPages, Runnable championsMoved, Runnable teamsChanged) {
    }

    private final BackgroundWork work;
    private final OneTimeWork execution;

    /**
     * @param node     this node's name, on the rows of the work it runs
     * @param schedule queues a one-time execution of stored work on the cluster's scheduler
     */
    public SharedWork(Resources resources, WorkConfig config, String node, Consumer<String> schedule, ObjectMapper json,
                      Clock clock) {
        WorkStore store = new WorkStore(resources.database());
        Plans plans = new Plans(new ReplayPlanner(resources.matches(), resources.simulation()),
                new BacktestPlanner(resources.matches(), resources.runs(), resources.backtestPages()),
                new IngestPlanner(resources.ingest(), resources.teamsChanged()),
                new RetrainingPlanner(resources.retraining(), resources.championsMoved()));
        this.work = new SharedBackgroundWork(plans, store, schedule, resources.artifacts(), json, clock);
        this.execution = new WorkExecution(store, plans, resources.artifacts(), resources.runs(), config, clock, node, json);
    }

    public BackgroundWork work() {
        return work;
    }

    public OneTimeWork execution() {
        return execution;
    }
}
