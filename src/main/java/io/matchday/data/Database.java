package io.matchday.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.matchday.MatchdayException;
import io.matchday.MatchdaySettings.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The SQL database behind Matchday: a connection pool, migrated by Flyway on open. H2 (a file
 * under the data home) by default; PostgreSQL by configuration. The same migrations run on both.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How big the pool is and how long a caller waits for a connection before giving up. */
    public record Pool(int maximumSize, java.time.Duration connectionTimeout) {
        /** A CLI run: a few connections, patient. */
        public static final Pool COMMAND = new Pool(4, java.time.Duration.ofSeconds(30));
        /** A serving node: background writers must notice a database outage in seconds, not half a minute. */
        public static final Pool SERVICE = new Pool(8, java.time.Duration.ofSeconds(2));
    }

    /** Opens the pool and brings the schema up to date. */
    public static Database open(DatabaseSettings settings) {
        return open(settings, Pool.COMMAND);
    }

    public static Database open(DatabaseSettings settings, Pool size) {
        HikariDataSource pool = pool(settings, size);
        try {
            migrate(pool);
            return new Database(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public static void migrate(DataSource dataSource) {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            throw new MatchdayException("database migration failed: " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    private static HikariDataSource pool(DatabaseSettings settings, Pool size) {
        createH2Directory(settings);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(durable(settings.url()));
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(size.maximumSize());
        config.setConnectionTimeout(size.connectionTimeout().toMillis());
        config.setPoolName("matchday");
        config.setInitializationFailTimeout(10_000);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new MatchdayException("cannot connect to the database " + settings.url() + ": "
                    + rootMessage(e), e);
        }
    }

    /**
     * An H2 file database writes a commit to its file at once rather than within the next second (its default):
     * otherwise a process killed just after a commit loses it. Left as given when the URL sets WRITE_DELAY itself.
     */
    static String durable(String url) {
        return url.startsWith("jdbc:h2:file:") && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")
                ? url + ";WRITE_DELAY=0" : url;
    }

    private static void createH2Directory(DatabaseSettings settings) {
        String prefix = "jdbc:h2:file:";
        if (settings.url().startsWith(prefix)) {
            String file = settings.url().substring(prefix.length()).split(";")[0];
            Path parent = Path.of(file).toAbsolutePath().getParent();
            try {
                Files.createDirectories(parent);
            } catch (java.io.IOException e) {
                throw new MatchdayException("cannot create the database directory " + parent, e);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
