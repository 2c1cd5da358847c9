package io.matchday.api;

import io.matchday.MatchdaySettings;
import io.matchday.data.Database;
import io.matchday.data.IngestService;
import io.matchday.data.MatchRepository;
import io.matchday.data.TeamNames;
import io.matchday.jobs.MatchdayServices;
import io.matchday.monitoring.PredictionLedgerStore;
import io.matchday.registry.ArtifactStore;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The domain services a serving node works with: the composition root's graph
 * ({@link MatchdayServices}) on this node's database pool, from {@code matchday.*} properties,
 * exposed bean by bean so controllers inject what they use.
 */
@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

    @Bean(destroyMethod = "close")
    Database database(MatchdaySettings settings) {
        return Database.open(settings.database(), Database.Pool.SERVICE);
    }

    /** Exposed so Actuator's database health check sees the same pool. */
    @Bean(destroyMethod = "")
    DataSource dataSource(Database database) {
        return database.dataSource();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MatchdayServices matchdayServices(Database database, MatchdaySettings settings, Clock clock, ServingProperties serving,
                                      OperationsConfiguration.JobsProperties jobs,
                                      OperationsConfiguration.MonitoringProperties monitoring,
                                      OperationsConfiguration.RetrainingProperties retraining) {
        return new MatchdayServices(database, new MatchdayServices.Settings(settings, monitoring.config(),
                retraining.config(), jobs.config(), monitoring.webhook(), serving.nodeName(), clock));
    }

    @Bean
    TeamNames teamNames(MatchdayServices services) {
        return services.teamNames();
    }

    @Bean
    MatchRepository matchRepository(MatchdayServices services) {
        return services.matches();
    }

    @Bean
    ArtifactStore artifactStore(MatchdayServices services) {
        return services.artifacts();
    }

    @Bean
    RunTracker runTracker(MatchdayServices services) {
        return services.runs();
    }

    @Bean
    ModelRegistry modelRegistry(MatchdayServices services) {
        return services.registry();
    }

    @Bean
    ModelTraining modelTraining(MatchdayServices services) {
        return services.training();
    }

    @Bean
    IngestService ingestService(MatchdayServices services) {
        return services.ingest();
    }

    @Bean
    PredictionLedgerStore predictionLedgerStore(MatchdayServices services) {
        return services.ledger();
    }
}
