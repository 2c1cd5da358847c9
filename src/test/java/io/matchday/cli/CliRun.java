package io.matchday.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line, captured from byte streams as the process's own standard streams would carry it. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MatchdayCommand.execute(new PrintWriter(out, true, StandardCharsets.UTF_8),
                new PrintWriter(err, true, StandardCharsets.UTF_8), args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A run on its own data home and H2 file database, reading {@code data}. */
    static CliRun in(Path home, URI data, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-home", home.toString(), "--data-url", data.toString(),
                "--db-url", "jdbc:h2:file:" + home.resolve("db/matchday")));
        return of(all.toArray(String[]::new));
    }
}
