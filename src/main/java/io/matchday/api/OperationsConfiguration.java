package io.matchday.api;

import io.matchday.data.Division;
import io.matchday.data.FixtureRepository;
import io.matchday.data.IngestService;
import io.matchday.data.MatchRepository;
import io.matchday.data.TeamNames;
import io.matchday.jobs.JobHistory;
import io.matchday.jobs.JobScheduler;
import io.matchday.jobs.Operations;
import io.matchday.jobs.OperationsConfig;
import io.matchday.jobs.RetrainingConfig;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.monitoring.AlertStore;
import io.matchday.monitoring.MonitoringConfig;
import io.matchday.monitoring.MonitoringService;
import io.matchday.monitoring.PredictionLedgerStore;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Jobs, monitoring and retraining on a serving node, from {@code matchday.jobs.*}, {@code matchday.monitoring.*}, {@code matchday.retraining.*}. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    /**
     * @param enabled   whether this node runs scheduled jobs (every node may; each execution runs on one)
     * @param divisions divisions the jobs cover
     * @param cron      job name → cron (six fields: second minute hour day month weekday)
     * @param polling   how often the node looks for due executions
     */
    @ConfigurationProperties(prefix = "matchday.jobs")
    record JobsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("E0") List<String> divisions,
                          @DefaultValue Map<String, String> cron, @DefaultValue("3") int retries,
                          @DefaultValue("1m") Duration backoff, @DefaultValue("10s") Duration polling) {
    }

    @ConfigurationProperties(prefix = "matchday.monitoring")
    record MonitoringProperties(@DefaultValue("100") int window, @DefaultValue("380") int reference,
                                @DefaultValue("0.01") double alpha, @DefaultValue("0.5") double driftShare,
                                @DefaultValue("50") int performanceWindow, @DefaultValue("30") int minSettled,
                                @DefaultValue("0.01") double rpsDegradation, @DefaultValue("0.02") double marketGap,
                                @DefaultValue("0.2") double missingPrices, @DefaultValue("") String webhookUrl) {
    }

    @ConfigurationProperties(prefix = "matchday.retraining")
    record RetrainingProperties(@DefaultValue("30") int maxDaysSinceTraining, @DefaultValue("50") int newMatches,
                                @DefaultValue("24h") Duration cooldown, @DefaultValue("dixon-coles") String trainer,
                                @DefaultValue("0") double margin) {
    }

    @Bean
    FixtureRepository fixtureRepository(DataSource dataSource) {
        return new FixtureRepository(dataSource);
    }

    @Bean
    AlertStore alertStore(DataSource dataSource, Clock clock, MonitoringProperties p) {
        return new AlertStore(dataSource, clock, p.webhookUrl().isBlank() ? Optional.empty() : Optional.of(URI.create(p.webhookUrl())));
    }

    @Bean
    MonitoringService monitoringService(DataSource dataSource, MatchRepository matches, ModelRegistry registry, RunTracker runs,
                                        AlertStore alerts, MonitoringProperties p, Clock clock) {
        return new MonitoringService(dataSource, matches, registry, runs, alerts, new MonitoringConfig(p.window(), p.reference(),
                p.alpha(), p.driftShare(), p.performanceWindow(), p.minSettled(), p.rpsDegradation(), p.marketGap(),
                p.missingPrices()), clock);
    }

    @Bean
    RetrainingPipeline retrainingPipeline(DataSource dataSource, MonitoringService monitoring, ModelTraining training,
                                          RetrainingProperties p, Clock clock, ServingProperties serving) {
        return new RetrainingPipeline(dataSource, monitoring, training::train, new RetrainingConfig(p.maxDaysSinceTraining(),
                p.newMatches(), p.cooldown(), p.trainer(), p.margin()), clock, serving.nodeName());
    }

    @Bean
    JobHistory jobHistory(DataSource dataSource, Clock clock) {
        return new JobHistory(dataSource, clock);
    }

    @Bean
    Operations operations(IngestService ingest, MatchRepository matches, FixtureRepository fixtures, TeamNames names,
                          ModelRegistry registry, PredictionLedgerStore ledger, MonitoringService monitoring,
                          RetrainingPipeline retraining, JobsProperties jobs, Clock clock, ServingProperties serving) {
        return new Operations(ingest, matches, fixtures, names, registry, ledger, monitoring, retraining,
                operationsConfig(jobs), clock, serving.nodeName());
    }

    static OperationsConfig operationsConfig(JobsProperties jobs) {
        return new OperationsConfig(jobs.divisions().stream().map(Division::of).toList(), jobs.cron(), jobs.retries(), jobs.backoff());
    }

    @Bean(destroyMethod = "close")
    JobScheduler jobScheduler(DataSource dataSource, Operations operations, JobHistory history, JobsProperties jobs,
                              Clock clock, ServingProperties serving, WorkExecution work) {
        JobScheduler scheduler = new JobScheduler(dataSource, operations.jobs(), operationsConfig(jobs), history,
                serving.nodeName(), clock, jobs.polling(), work);
        if (jobs.enabled()) {
            scheduler.start();
        }
        return scheduler;
    }
}
