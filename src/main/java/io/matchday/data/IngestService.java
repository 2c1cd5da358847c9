package io.matchday.data;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Brings football-data files into the match database: fetch, parse, validate, store, one
 * transaction per file. A file that cannot be used stops the run with a {@link SourceException}
 * naming it; files stored before it stay stored, and nothing of the bad file is written.
 */
public final class IngestService {

    private final FootballDataClient client;
    private final MatchCsvReader reader;
    private final MatchWriter writer;

    public IngestService(FootballDataClient client, DataSource dataSource, TeamNames teamNames, Clock clock) {
        this.client = client;
        this.reader = new MatchCsvReader(teamNames);
        this.writer = new MatchWriter(dataSource, clock);
    }

    /**
     * Ingests a range of seasons of one division. For {@code all}, seasons the source lacks are
     * skipped; in an explicit range a missing file is an error.
     */
    public List<FileIngest> ingest(Division division, SeasonRange range, IngestListener listener) {
        boolean all = range.isAll();
        List<Season> seasons = all ? client.candidateSeasons(division) : range.seasons();
        listener.planned(seasons.size());
        List<FileIngest> results = new ArrayList<>();
        // Fetching and parsing run one file ahead on a second thread; storing stays in season
        // order on this one, so a failure still leaves exactly the earlier files stored.
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "matchday-ingest-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ParsedFile>> parsed = new ArrayList<>();
            for (Season season : seasons) {
                parsed.add(reader.submit(() -> read(division, season, all)));
            }
            for (int i = 0; i < seasons.size(); i++) {
                ParsedFile file = await(parsed.get(i));
                FileIngest result = file == null ? null : writer.store(file);
                io.matchday.KillPoints.reach("ingest.file-stored");
                if (result != null) {
                    results.add(result);
                }
                listener.fileDone(division, seasons.get(i), result);
            }
        } finally {
            reader.shutdownNow();
        }
        return results;
    }

    /** The parsed file, or null when {@code all} is asked for and the source lacks this season. */
    private ParsedFile read(Division division, Season season, boolean all) {
        try {
            return reader.read(client.fetch(division, season));
        } catch (SourceException.NotFound e) {
            if (all) {
                return null;
            }
            throw e;
        }
    }

    private static ParsedFile await(Future<ParsedFile> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.matchday.MatchdayException("ingestion interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Parses and stores one already fetched file. */
    public FileIngest ingest(SourceFile file) {
        return writer.store(reader.read(file));
    }

    /**
     * Stores matches already read and validated elsewhere — e.g. a season replay filling its private
     * database from the matches it holds, so it never reads the data source again. One transaction
     * per division and season, recorded under {@code origin}; idempotent like a file ingest.
     */
    public List<FileIngest> store(List<Match> matches, URI origin) {
        Map<String, List<Match>> bySeason = new TreeMap<>();
        matches.forEach(m -> bySeason.computeIfAbsent(m.division().code() + "/" + m.season().code(), k -> new ArrayList<>()).add(m));
        List<FileIngest> results = new ArrayList<>();
        for (Map.Entry<String, List<Match>> group : bySeason.entrySet()) {
            List<Match> season = group.getValue();
            MessageDigest file = RowReader.sha256();
            List<ParsedMatch> parsed = new ArrayList<>();
            for (int i = 0; i < season.size(); i++) {
                byte[] row = season.get(i).toString().getBytes(StandardCharsets.UTF_8);
                file.update(row);
                parsed.add(new ParsedMatch(season.get(i), i + 1,
                        HexFormat.of().formatHex(RowReader.sha256().digest(row)), List.of()));
            }
            Match first = season.get(0);
            SourceFile source = new SourceFile(origin.resolve(group.getKey() + ".csv"), first.division(), first.season(),
                    new byte[0], HexFormat.of().formatHex(file.digest()));
            results.add(writer.store(new ParsedFile(source, parsed, List.of())));
        }
        return results;
    }

    public FootballDataClient client() {
        return client;
    }
}
