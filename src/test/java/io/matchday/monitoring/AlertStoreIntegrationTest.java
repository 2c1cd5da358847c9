package io.matchday.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.SettableClock;
import io.matchday.data.Database;
import io.matchday.testsupport.H2Database;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An alert's life in the shared database: raised, re-raised, resolved, raised again; events lapse; nodes share rows. */
@ExtendWith(H2Database.class)
class AlertStoreIntegrationTest {

    private static final Map<String, String> E0 = Map.of("division", "E0", "model", "e0-outcome");

    @Test
    void anAlertIsOneRowFromRaiseToResolutionWhoeverRaisesIt(DatabaseSettings settings) {
        SettableClock clock = new SettableClock(Instant.parse("2026-03-01T06:00:00Z"));
        try (Database db = Database.open(settings)) {
            AlertStore node1 = new AlertStore(db.dataSource(), clock, AlertRouting.NONE);
            AlertStore node2 = new AlertStore(db.dataSource(), clock, AlertRouting.NONE);
            node1.raise(AlertKind.FEATURE_DRIFT, E0, "e0-outcome v3", "60 % drifted", 0.6, 0.5);
            clock.advance(Duration.ofHours(1));
            node2.raise(AlertKind.FEATURE_DRIFT, E0, "e0-outcome v3", "65 % drifted", 0.65, 0.5);
            assertThat(node1.active()).singleElement().satisfies(a -> {
                assertThat(a.startsAt()).as("a re-raise keeps the start").isEqualTo(Instant.parse("2026-03-01T06:00:00Z"));
                assertThat(a.summary()).isEqualTo("65 % drifted");
                assertThat(a.labels()).containsEntry("alertname", "FeatureDrift").containsEntry("severity", "warning")
                        .containsEntry("model", "e0-outcome");
                assertThat(a.generatorUrl()).isEqualTo("http://localhost:8080/monitoring?model=e0-outcome");
            });
            assertThat(node1.recent(10)).as("every raise is in the history").hasSize(2);

            assertThat(node2.resolve(AlertKind.FEATURE_DRIFT, E0)).isTrue();
            assertThat(node1.resolve(AlertKind.FEATURE_DRIFT, E0)).as("already resolved").isFalse();
            assertThat(node1.active()).isEmpty();
            assertThat(node1.resolve(AlertKind.BEHIND_MARKET, E0)).as("never raised").isFalse();

            clock.advance(Duration.ofHours(2));
            node1.raise(AlertKind.FEATURE_DRIFT, E0, "e0-outcome v4", "70 % drifted", 0.7, 0.5);
            assertThat(node1.active()).singleElement().extracting(ActiveAlert::startsAt)
                    .as("raised again after its resolution: a new start").isEqualTo(clock.instant());
        }
    }

    @Test
    void anEventLapsesAfterItsLifetimeAndAConditionDoesNot(DatabaseSettings settings) {
        SettableClock clock = new SettableClock(Instant.parse("2026-03-01T06:00:00Z"));
        try (Database db = Database.open(settings)) {
            AlertStore alerts = new AlertStore(db.dataSource(), clock, AlertRouting.NONE);
            alerts.raise(AlertKind.PROMOTION_REFUSED, E0, "e0-outcome v5", "the gate kept v4", null, null);
            alerts.raise(AlertKind.JOB_FAILED, Map.of("job", "ingest-results"), "ingest-results", "timed out", null, null);
            assertThat(alerts.active()).extracting(ActiveAlert::alertname)
                    .containsExactlyInAnyOrder("PromotionRefused", "JobFailed");
            assertThat(alerts.active()).filteredOn(a -> a.alertname().equals("JobFailed")).singleElement()
                    .satisfies(a -> assertThat(a.labels()).containsOnlyKeys("alertname", "severity", "job"));
            clock.advance(Duration.ofDays(1).plusMinutes(1));
            assertThat(alerts.active()).extracting(ActiveAlert::alertname).containsExactly("JobFailed");
            assertThat(alerts.resend()).as("no Alertmanager: nothing sent").isZero();
        }
    }
}
