package io.matchday.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Version and git commit, as recorded at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties build = load("META-INF/build-info.properties");
        Properties git = load("git.properties");
        return new String[]{"matchday " + build.getProperty("build.version", "dev")
                + " (commit " + git.getProperty("git.commit.id.abbrev", "unknown") + ")"};
    }

    private static Properties load(String resource) {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException ignored) {
            // No build metadata (e.g. running from an IDE): the defaults say so.
        }
        return props;
    }
}
