package io.matchday.models;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The git commit the running code was built from (git.properties, written at build time). */
public final class CodeVersion {

    private static final String VERSION = read();

    private CodeVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String read() {
        Properties props = new Properties();
        try (InputStream in = CodeVersion.class.getClassLoader().getResourceAsStream("git.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String commit = props.getProperty("git.commit.id.abbrev", "unknown");
        return "true".equals(props.getProperty("git.dirty")) ? commit + "-dirty" : commit;
    }
}
