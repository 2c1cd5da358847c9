package io.matchday.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line, captured. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MatchdayCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A run on its own data home and H2 file database, reading {@code data}. */
    static CliRun in(Path home, URI data, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-home", home.toString(), "--data-url", data.toString(),
                "--db-url", "jdbc:h2:file:" + home.resolve("db/matchday")));
        return of(all.toArray(String[]::new));
    }
}
