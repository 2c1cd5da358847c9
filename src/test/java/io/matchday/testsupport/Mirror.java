package io.matchday.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** One season file as the mirror's README lists it: division, season code, data rows, teams, SHA-256. */
    public record ListedFile(String division, String code, int rows, int teams, String sha256) {
    }

    private static final Pattern HEADING = Pattern.compile("^### ([A-Z]+[0-9]?) ");
    private static final Pattern SEASON_ROW = Pattern.compile("^\\| (\\d{4}) \\| \\d{4}-\\d{2} \\| (\\d+) \\| (\\d+) \\|.*`([0-9a-f]{64})` \\|$");
    private static final Pattern PARTIAL_ROW = Pattern.compile(
            "^\\| `mmz4281/(\\d{4})/([A-Z0-9]+)\\.csv` \\| [^|]+ \\| (\\d+) \\| (\\d+) \\|.*`([0-9a-f]{64})` \\|$");

    /**
     * Every season file the mirror's README lists, read from its tables (per-division tables and the
     * partial-season table): what real-data tests expect, so they follow the mirror as it grows.
     */
    public static List<ListedFile> listedFiles() {
        Path readme = Path.of(baseUrl()).getParent().resolve("README.md");
        List<ListedFile> files = new ArrayList<>();
        String division = null;
        try {
            for (String line : Files.readAllLines(readme)) {
                Matcher heading = HEADING.matcher(line);
                if (line.startsWith("### ")) {
                    division = heading.find() ? heading.group(1) : null;
                    continue;
                }
                Matcher season = SEASON_ROW.matcher(line);
                if (division != null && season.matches()) {
                    files.add(new ListedFile(division, season.group(1), Integer.parseInt(season.group(2)),
                            Integer.parseInt(season.group(3)), season.group(4)));
                    continue;
                }
                Matcher partial = PARTIAL_ROW.matcher(line);
                if (partial.matches()) {
                    files.add(new ListedFile(partial.group(2), partial.group(1), Integer.parseInt(partial.group(3)),
                            Integer.parseInt(partial.group(4)), partial.group(5)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mirror's README at " + readme, e);
        }
        return files;
    }
}
