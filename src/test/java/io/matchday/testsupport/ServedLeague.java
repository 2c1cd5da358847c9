package io.matchday.testsupport;

import io.matchday.MatchdaySettings;
import io.matchday.http.MatchdayServer;
import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import io.matchday.data.Division;
import io.matchday.data.FootballDataClient;
import io.matchday.data.IngestListener;
import io.matchday.data.IngestService;
import io.matchday.data.MatchRepository;
import io.matchday.data.RetryPolicy;
import io.matchday.data.SeasonRange;
import io.matchday.data.TeamNames;
import io.matchday.registry.ArtifactStore;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import io.matchday.testsupport.SyntheticData;
import io.matchday.web.ConsoleModule;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A running service (API and console) over a database holding a league (synthetic, or the mirror's) with a
 * Dixon–Coles champion of {@code e0-outcome}; the test keeps its own handle on the database and
 * registry, as the CLI or another node would.
 */
public final class ServedLeague implements AutoCloseable {

    public static final String API_KEY = "test-key-5f1c";

    public final MatchdaySettings settings;
    public final Database database;
    public final ModelRegistry registry;
    public final ModelTraining training;
    public final MatchdayServer server;
    public final Http http;

    private ServedLeague(MatchdaySettings settings, Map<String, Object> properties, Division division) {
        this.settings = settings;
        this.database = Database.open(settings.database());
        TeamNames names = TeamNames.standard();
        IngestService ingest = new IngestService(new FootballDataClient(settings.dataUrl(), settings.home().resolve("cache"),
                RetryPolicy.DEFAULT, Clock.systemUTC()), database.dataSource(), names, Clock.systemUTC());
        ingest.ingest(division, SeasonRange.ALL, IngestListener.NONE);
        ArtifactStore artifacts = new ArtifactStore(settings.artifacts());
        this.registry = new ModelRegistry(database.dataSource(), artifacts, Clock.systemUTC());
        this.training = new ModelTraining(new MatchRepository(database.dataSource(), names),
                new RunTracker(database.dataSource(), artifacts, Clock.systemUTC()), registry);
        training.train(new ModelTraining.Request(division, "dixon-coles", ModelTraining.defaultModelName(division), null, 0));
        Map<String, Object> all = new HashMap<>(Map.of("matchday.serve.api-keys", API_KEY,
                "matchday.serve.refresh-interval", "500ms", "matchday.serve.node", "test-node", "matchday.jobs.polling", "500ms",
                "matchday.jobs.metrics-refresh", "1s"));
        all.putAll(properties);
        this.server = MatchdayServer.start(settings, 0, all, ConsoleModule.class);
        this.http = new Http(server.url());
    }

    /** Results arrive: writes {@code csv} as the data source's E0 file of season {@code code} (e.g. 2324) and ingests it. */
    public void ingest(String code, String csv) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of(settings.dataUrl()).resolve(code).resolve("E0.csv");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        new IngestService(new FootballDataClient(settings.dataUrl(), settings.home().resolve("cache"), RetryPolicy.DEFAULT,
                Clock.systemUTC()), database.dataSource(), TeamNames.standard(), Clock.systemUTC())
                .ingest(Division.of("E0"), io.matchday.data.SeasonRange.parse(code), IngestListener.NONE);
    }

    /** A synthetic E0 of 20 teams over seasons 2020-21 to 2022-23, on an H2 file in {@code home}. */
    public static ServedLeague synthetic(Path home) {
        return synthetic(home, h2(home), Map.of());
    }

    /** A synthetic E0 of 20 teams over seasons 2020-21 to 2022-23. */
    public static ServedLeague synthetic(Path home, DatabaseSettings database, Map<String, Object> properties) {
        Path data = home.resolve("data");
        SyntheticData.write(data, 20, 3, 11);
        return new ServedLeague(settings(home, data.toUri(), database), properties, Division.of("E0"));
    }

    /** Every E0 season {@code dataUrl} holds (the mirror). */
    public static ServedLeague of(Path home, URI dataUrl, DatabaseSettings database) {
        return new ServedLeague(settings(home, dataUrl, database), Map.of(), Division.of("E0"));
    }

    private static MatchdaySettings settings(Path home, URI data, DatabaseSettings database) {
        return new MatchdaySettings(home, data, database, home.resolve("artifacts"));
    }

    public static DatabaseSettings h2(Path home) {
        return new DatabaseSettings("jdbc:h2:file:" + home.resolve("db/matchday") + ";AUTO_SERVER=TRUE", "sa", "");
    }

    /** A second service node on the same database, artifact store and data. */
    public MatchdayServer anotherNode(String node, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(Map.of("matchday.serve.api-keys", API_KEY,
                "matchday.serve.refresh-interval", "500ms", "matchday.serve.node", node, "matchday.jobs.polling", "500ms"));
        all.putAll(properties);
        return MatchdayServer.start(settings, 0, all, ConsoleModule.class);
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
