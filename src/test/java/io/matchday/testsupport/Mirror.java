package io.matchday.testsupport;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The football-data mirror in {@code ../shared/football-data/mmz4281} (or {@code MATCHDAY_DATA_URL}
 * when it is a {@code file:} URL). In CI ({@code CI=true}) a missing mirror fails the test rather
 * than skipping it: real-data tests must run there.
 */
public final class Mirror {

    private Mirror() {
    }

    public static URI baseUrl() {
        String env = System.getenv("MATCHDAY_DATA_URL");
        Path path = env != null && env.startsWith("file:")
                ? Path.of(URI.create(env))
                : Path.of("..", "shared", "football-data", "mmz4281").toAbsolutePath().normalize();
        boolean present = Files.isDirectory(path.resolve("2324"));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("the football-data mirror is missing at " + path + " (required in CI)");
        }
        Assumptions.assumeTrue(present, "football-data mirror not found at " + path);
        return path.toUri();
    }
}
