package io.matchday.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.MatchdaySettings;
import io.matchday.MatchdaySettings.DatabaseSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchdayTest {

    @TempDir
    Path home;

    private Matchday open() {
        DatabaseSettings memory = new DatabaseSettings("jdbc:h2:mem:root-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        return Matchday.open(Matchday.Settings.defaults(new MatchdaySettings(home, home.toUri(), memory, home.resolve("artifacts")),
                "test"), new SimpleMeterRegistry());
    }

    @Test
    void aCommandThatReadsTheRegistryOpensNoLedgerLogAndStartsNothing() {
        try (Matchday matchday = open()) {
            assertThat(matchday.registry().names()).isEmpty();
            assertThat(matchday.isServing()).isFalse();
            assertThat(Files.exists(home.resolve("spool"))).as("the ledger's log is opened only by a node that serves").isFalse();
            matchday.ledgerWriter();
            assertThat(Files.isDirectory(home.resolve("spool"))).isTrue();
        }
    }

    @Test
    void eachComponentIsBuiltOnceAndSharedByThoseThatUseIt() {
        try (Matchday matchday = open()) {
            assertThat(matchday.registry()).isSameAs(matchday.registry());
            assertThat(matchday.training()).isSameAs(matchday.training());
            assertThat(matchday.catalog()).isSameAs(matchday.catalog());
            assertThat(matchday.clock()).isSameAs(matchday.settings().clock());
        }
    }
}
