package io.matchday.api;

import io.matchday.data.Division;
import io.matchday.data.FixtureRepository;
import io.matchday.jobs.JobHistory;
import io.matchday.jobs.JobScheduler;
import io.matchday.jobs.MatchdayServices;
import io.matchday.jobs.Operations;
import io.matchday.jobs.OperationsConfig;
import io.matchday.jobs.RetrainingConfig;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.monitoring.AlertStore;
import io.matchday.monitoring.MonitoringConfig;
import io.matchday.monitoring.MonitoringService;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jobs, monitoring and retraining on a serving node, from {@code matchday.jobs.*}, {@code matchday.monitoring.*},
 * {@code matchday.retraining.*}. A property left unset takes the config record's own default
 * ({@code OperationsConfig.DEFAULTS}, {@code MonitoringConfig.DEFAULTS}, {@code RetrainingConfig.DEFAULTS}), so the
 * CLI and the service share one set of defaults. The services come from the composition root.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    /**
     * @param enabled   whether this node runs scheduled jobs (every node may; each execution runs on one)
     * @param divisions divisions the jobs cover
     * @param cron      job name → cron (six fields: second minute hour day month weekday)
     * @param polling   how often the node looks for due executions
     */
    @ConfigurationProperties(prefix = "matchday.jobs")
    record JobsProperties(@DefaultValue("true") boolean enabled, List<String> divisions, Map<String, String> cron,
                          Integer retries, Duration backoff, @DefaultValue("10s") Duration polling) {

        OperationsConfig config() {
            OperationsConfig d = OperationsConfig.DEFAULTS;
            return new OperationsConfig(divisions == null ? d.divisions() : divisions.stream().map(Division::of).toList(),
                    cron == null ? d.crons() : cron, or(retries, d.retries()), or(backoff, d.backoff()));
        }
    }

    @ConfigurationProperties(prefix = "matchday.monitoring")
    record MonitoringProperties(Integer window, Integer reference, Integer referenceSeasons, Double alpha, Double driftShare, Integer performanceWindow,
                                Integer minSettled, Double rpsDegradation, Double marketGap, Double missingPrices,
                                String webhookUrl) {

        MonitoringConfig config() {
            MonitoringConfig d = MonitoringConfig.DEFAULTS;
            return new MonitoringConfig(or(window, d.window()), or(reference, d.reference()),
                    or(referenceSeasons, d.referenceSeasons()), or(alpha, d.alpha()),
                    or(driftShare, d.driftShare()), or(performanceWindow, d.performanceWindow()),
                    or(minSettled, d.minSettled()), or(rpsDegradation, d.rpsDegradation()), or(marketGap, d.marketGap()),
                    or(missingPrices, d.missingPrices()));
        }

        Optional<URI> webhook() {
            return webhookUrl == null || webhookUrl.isBlank() ? Optional.empty() : Optional.of(URI.create(webhookUrl));
        }
    }

    @ConfigurationProperties(prefix = "matchday.retraining")
    record RetrainingProperties(Integer maxDaysSinceTraining, Integer newMatches, Duration cooldown, String trainer,
                                Double margin) {

        RetrainingConfig config() {
            RetrainingConfig d = RetrainingConfig.DEFAULTS;
            return new RetrainingConfig(or(maxDaysSinceTraining, d.maxDaysSinceTraining()), or(newMatches, d.newMatches()),
                    or(cooldown, d.cooldown()), or(trainer, d.trainer()), or(margin, d.margin()));
        }
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    @Bean
    FixtureRepository fixtureRepository(MatchdayServices services) {
        return services.fixtures();
    }

    @Bean
    AlertStore alertStore(MatchdayServices services) {
        return services.alerts();
    }

    @Bean
    MonitoringService monitoringService(MatchdayServices services) {
        return services.monitoring();
    }

    @Bean
    RetrainingPipeline retrainingPipeline(MatchdayServices services) {
        return services.retraining();
    }

    @Bean
    JobHistory jobHistory(MatchdayServices services) {
        return services.jobHistory();
    }

    @Bean
    Operations operations(MatchdayServices services) {
        return services.operations();
    }

    @Bean(destroyMethod = "close")
    JobScheduler jobScheduler(DataSource dataSource, MatchdayServices services, JobsProperties jobs, WorkExecution work) {
        JobScheduler scheduler = new JobScheduler(dataSource, services.operations().jobs(), services.settings().operations(),
                services.jobHistory(), services.settings().node(), services.settings().clock(), jobs.polling(), work);
        if (jobs.enabled()) {
            scheduler.start();
        }
        return scheduler;
    }
}
