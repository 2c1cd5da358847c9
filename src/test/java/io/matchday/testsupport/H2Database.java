package io.matchday.testsupport;

import io.matchday.MatchdaySettings.DatabaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The default embedded database for scenario tests: each {@link DatabaseSettings} parameter is a fresh H2 file
 * database (open to other processes, as the CLI opens it beside a service) in a directory of its own, deleted when
 * the test or class that asked for it ends. Use with {@code @ExtendWith(H2Database.class)}; its PostgreSQL twin is
 * {@link PostgresServer.Extension}.
 */
public final class H2Database implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DatabaseSettings.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        try {
            Path dir = Files.createTempDirectory("matchday-h2");
            context.getStore(ExtensionContext.Namespace.create(H2Database.class, dir))
                    .put(dir, (ExtensionContext.Store.CloseableResource) () -> FileSystemUtils.deleteRecursively(dir));
            return new DatabaseSettings("jdbc:h2:file:" + dir.resolve("matchday") + ";AUTO_SERVER=TRUE", "sa", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
