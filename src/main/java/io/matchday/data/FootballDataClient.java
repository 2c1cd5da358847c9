package io.matchday.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Fetches files in football-data.co.uk's layout, {@code <base>/<season code>/<division>.csv},
 * from the live site (or any HTTP mirror) or from a {@code file:} base such as the offline
 * mirror. HTTP downloads go through {@link HttpFetcher}: retries, conditional GET and a cache.
 */
public final class FootballDataClient {

    private final URI base;
    private final HttpFetcher http;
    private final Clock clock;

    public FootballDataClient(URI base, Path cacheDir, RetryPolicy retry, Clock clock) {
        this.base = base;
        this.http = isFile(base) ? null : new HttpFetcher(cacheDir, retry);
        this.clock = clock;
    }

    public URI base() {
        return base;
    }

    public URI uriOf(Division division, Season season) {
        return URI.create(base + "/" + season.code() + "/" + division.code() + ".csv");
    }

    /** The file for one division and season; {@link SourceException.NotFound} when absent. */
    public SourceFile fetch(Division division, Season season) {
        URI uri = uriOf(division, season);
        byte[] content = isFile(base) ? readLocal(uri) : http.get(uri);
        String sha = HexFormat.of().formatHex(RowReader.sha256().digest(content));
        return new SourceFile(uri, division, season, content, sha);
    }

    /**
     * The source's file of upcoming fixtures ({@code fixtures.csv}), where it has one: beside the
     * season folders or, as on the site, one level up from them.
     */
    public java.util.Optional<byte[]> fixturesFile() {
        String root = base.toString();
        List<URI> candidates = List.of(URI.create(root + "/fixtures.csv"),
                URI.create(root.substring(0, Math.max(root.lastIndexOf('/'), 0)) + "/fixtures.csv"));
        for (URI uri : candidates) {
            try {
                return java.util.Optional.of(isFile(base) ? readLocal(uri) : http.get(uri));
            } catch (SourceException.NotFound absent) {
                // try the next place
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Seasons the source may have for a division. A {@code file:} base is listed exactly; the
     * live site cannot be listed, so every season from 1993-94 to the current one is a
     * candidate and a 404 for one of them just means the site lacks it.
     */
    public List<Season> candidateSeasons(Division division) {
        if (!isFile(base)) {
            List<Season> all = new ArrayList<>();
            Season current = Season.containing(LocalDate.now(clock));
            for (Season s = Season.FIRST_PUBLISHED; s.compareTo(current) <= 0; s = s.next()) {
                all.add(s);
            }
            return all;
        }
        TreeSet<Season> seasons = new TreeSet<>();
        for (Path dir : listDirectory(Path.of(base))) {
            String name = dir.getFileName().toString();
            if (name.matches("\\d{4}") && Files.isRegularFile(dir.resolve(division.code() + ".csv"))) {
                try {
                    seasons.add(Season.parse(name));
                } catch (io.matchday.MatchdayException ignored) {
                    // Not a season folder (e.g. 1234); the layout has nothing else to offer here.
                }
            }
        }
        return List.copyOf(seasons);
    }

    /** Divisions a {@code file:} base holds in any season; for HTTP, the ones asked for. */
    public List<Division> listDivisions() {
        if (!isFile(base)) {
            return List.of();
        }
        TreeSet<Division> divisions = new TreeSet<>();
        for (Path dir : listDirectory(Path.of(base))) {
            for (Path file : listDirectory(dir)) {
                String name = file.getFileName().toString();
                if (name.endsWith(".csv")) {
                    try {
                        divisions.add(Division.of(name.substring(0, name.length() - 4)));
                    } catch (io.matchday.MatchdayException ignored) {
                        // e.g. fixtures.csv: not a division file.
                    }
                }
            }
        }
        return List.copyOf(divisions);
    }

    private static List<Path> listDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readLocal(URI uri) {
        Path path = Path.of(uri);
        if (!Files.isRegularFile(path)) {
            throw new SourceException.NotFound(uri);
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new SourceException(uri, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean isFile(URI uri) {
        return "file".equalsIgnoreCase(uri.getScheme());
    }
}
