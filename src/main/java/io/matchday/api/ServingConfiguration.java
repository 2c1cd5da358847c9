package io.matchday.api;

import io.matchday.MatchdaySettings;
import io.matchday.data.Database;
import io.matchday.data.FootballDataClient;
import io.matchday.data.IngestService;
import io.matchday.data.MatchRepository;
import io.matchday.data.RetryPolicy;
import io.matchday.data.TeamNames;
import io.matchday.monitoring.PredictionLedgerStore;
import io.matchday.registry.ArtifactStore;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain services a serving node works with, on the database and artifact store of its settings. */
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
    TeamNames teamNames() {
        return TeamNames.standard();
    }

    @Bean
    MatchRepository matchRepository(DataSource dataSource, TeamNames teamNames) {
        return new MatchRepository(dataSource, teamNames);
    }

    @Bean
    ArtifactStore artifactStore(MatchdaySettings settings) {
        return new ArtifactStore(settings.artifacts());
    }

    @Bean
    RunTracker runTracker(DataSource dataSource, ArtifactStore artifacts, Clock clock) {
        return new RunTracker(dataSource, artifacts, clock);
    }

    @Bean
    ModelRegistry modelRegistry(DataSource dataSource, ArtifactStore artifacts, Clock clock) {
        return new ModelRegistry(dataSource, artifacts, clock);
    }

    @Bean
    ModelTraining modelTraining(MatchRepository matches, RunTracker runs, ModelRegistry registry) {
        return new ModelTraining(matches, runs, registry);
    }

    @Bean
    IngestService ingestService(MatchdaySettings settings, DataSource dataSource, TeamNames teamNames, Clock clock) {
        FootballDataClient client = new FootballDataClient(settings.dataUrl(), settings.home().resolve("cache"),
                RetryPolicy.DEFAULT, clock);
        return new IngestService(client, dataSource, teamNames, clock);
    }

    @Bean
    PredictionLedgerStore predictionLedgerStore(DataSource dataSource) {
        return new PredictionLedgerStore(dataSource);
    }
}
