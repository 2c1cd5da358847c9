package io.matchday.http;

import static io.matchday.http.ServingProperties.or;

import io.matchday.data.Division;
import io.matchday.jobs.OperationsConfig;
import io.matchday.jobs.RetrainingConfig;
import io.matchday.monitoring.AlertRouting;
import io.matchday.monitoring.MonitoringConfig;
import io.matchday.work.WorkConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Jobs, monitoring, retraining and background work on a serving node, from {@code matchday.jobs.*},
 * {@code matchday.monitoring.*}, {@code matchday.retraining.*} and {@code matchday.work.*}. A property left unset
 * takes its config record's default ({@code OperationsConfig.DEFAULTS}, {@code MonitoringConfig.DEFAULTS},
 * {@code RetrainingConfig.DEFAULTS}, {@code WorkConfig.DEFAULTS}): the CLI and the service share one set.
 */
final class OperationsProperties {

    private OperationsProperties() {
    }

    /**
     * @param enabled        whether this node runs scheduled jobs (every node may; each execution runs on one)
     * @param divisions      divisions the jobs cover
     * @param cron           job name → cron (six fields: second minute hour day month weekday)
     * @param polling        how often the node looks for due executions
     * @param metricsRefresh how often the node re-reads the jobs' and monitoring's state for its gauges
     */
    @ConfigurationProperties(prefix = "matchday.jobs")
    record Jobs(@DefaultValue("true") boolean enabled, List<String> divisions, Map<String, String> cron, Integer retries,
                Duration backoff, Duration polling, Duration metricsRefresh) {

        OperationsConfig config() {
            OperationsConfig d = OperationsConfig.DEFAULTS;
            return new OperationsConfig(divisions == null ? d.divisions() : divisions.stream().map(Division::of).toList(),
                    cron == null ? d.crons() : cron, or(retries, d.retries()), or(backoff, d.backoff()), or(polling, d.polling()));
        }
    }

    @ConfigurationProperties(prefix = "matchday.monitoring")
    record Monitoring(Integer window, Integer reference, Integer referenceSeasons, Double alpha, Double driftShare,
                      Integer performanceWindow, Integer minSettled, Double rpsDegradation, Double marketGap,
                      Double missingPrices, String webhookUrl, String alertmanagerUrl, String consoleUrl,
                      Duration alertResend) {

        MonitoringConfig config() {
            MonitoringConfig d = MonitoringConfig.DEFAULTS;
            return new MonitoringConfig(or(window, d.window()), or(reference, d.reference()),
                    or(referenceSeasons, d.referenceSeasons()), or(alpha, d.alpha()), or(driftShare, d.driftShare()),
                    or(performanceWindow, d.performanceWindow()), or(minSettled, d.minSettled()),
                    or(rpsDegradation, d.rpsDegradation()), or(marketGap, d.marketGap()), or(missingPrices, d.missingPrices()));
        }

        /** Alertmanager, the webhook and the console's address, as every process reads them. */
        AlertRouting routing() {
            return new AlertRouting(AlertRouting.uri(alertmanagerUrl), AlertRouting.uri(webhookUrl),
                    AlertRouting.uri(consoleUrl).orElse(AlertRouting.CONSOLE), or(alertResend, AlertRouting.RESEND));
        }
    }

    @ConfigurationProperties(prefix = "matchday.retraining")
    record Retraining(Integer maxDaysSinceTraining, Integer newMatches, Duration cooldown, String trainer, Double margin) {

        RetrainingConfig config() {
            RetrainingConfig d = RetrainingConfig.DEFAULTS;
            return new RetrainingConfig(or(maxDaysSinceTraining, d.maxDaysSinceTraining()), or(newMatches, d.newMatches()),
                    or(cooldown, d.cooldown()), or(trainer, d.trainer()), or(margin, d.margin()));
        }
    }

    /** @param concurrency kind ({@code replay}, {@code backtest}, {@code ingest}, {@code retraining}) → how many run at once */
    @ConfigurationProperties(prefix = "matchday.work")
    record Work(Map<String, Integer> concurrency) {

        WorkConfig config() {
            return concurrency == null ? WorkConfig.DEFAULTS : new WorkConfig(concurrency);
        }
    }
}
