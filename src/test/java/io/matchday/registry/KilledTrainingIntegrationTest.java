package io.matchday.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import io.matchday.testsupport.MatchdayProcess;
import io.matchday.testsupport.SyntheticData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failure injection: {@code matchday train --register} in a separate JVM, killed (SIGKILL) at
 * different moments. Whatever the moment, every registered version's model file is complete and
 * no artifact under a real name is half-written.
 */
class KilledTrainingIntegrationTest {

    @TempDir
    Path home;
    @TempDir
    Path data;

    @Test
    void aKilledTrainingLeavesNoHalfWrittenArtifactAndNoVersionWithoutItsFile() throws Exception {
        SyntheticData.write(data, 20, 2, 8);
        String db = "jdbc:h2:file:" + home.resolve("db/matchday");
        List<String> common = List.of("--data-home", home.toString(), "--data-url", data.toUri().toString(), "--db-url", db);
        assertThat(cli(withCommon(List.of("ingest", "--division", "E0"), common)).waitFor()).isZero();

        for (long delay : new long[]{300, 700, 1200, 1800, 2600}) {
            Process train = cli(withCommon(List.of("train", "--model", "dixon-coles", "--register", "e0-outcome"), common));
            Thread.sleep(delay);
            train.destroyForcibly();
            assertThat(train.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Process last = cli(withCommon(List.of("train", "--model", "dixon-coles", "--register", "e0-outcome"), common));
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();

        ArtifactStore store = new ArtifactStore(home.resolve("artifacts"));
        try (Database database = Database.open(new DatabaseSettings(db, "sa", ""))) {
            ModelRegistry registry = new ModelRegistry(database.dataSource(), store, Clock.systemUTC());
            List<ModelVersion> versions = registry.versions("e0-outcome");
            assertThat(versions).isNotEmpty();
            for (ModelVersion v : versions) {
                assertThat(store.contains(v.artifactSha256())).as("artifact of version %d", v.version()).isTrue();
                assertThat(registry.load(v).name()).isEqualTo("dixon-coles");
            }
            assertThat(registry.champion("e0-outcome")).isPresent();
        }
        try (Stream<Path> files = Files.walk(home.resolve("artifacts"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".incoming-")).toList()) {
                String sha = f.getParent().getFileName().toString() + f.getFileName();
                assertThat(store.get(sha)).as("artifact %s is complete", sha).isNotEmpty();
            }
        }
    }

    private static List<String> withCommon(List<String> args, List<String> common) {
        List<String> all = new ArrayList<>(args);
        all.addAll(common);
        return all;
    }

    private static Process cli(List<String> args) throws Exception {
        return new ProcessBuilder(MatchdayProcess.command(List.of(), args)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
