package io.matchday.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a benchmark writes its result as JSON: {@code target/bench/<benchmark>.json} unless {@code --out} says. */
final class BenchResult {

    @Option(names = "--out", paramLabel = "FILE", description = "The JSON result file. Default: target/bench/<benchmark>.json")
    Path out;

    /** Writes {@code result} as JSON and says where. */
    void write(String benchmark, Object result, PrintWriter console) throws IOException {
        Path file = out != null ? out : Path.of("target", "bench", benchmark + ".json");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Json.write(result) + "\n");
        console.println("wrote " + file);
    }
}
