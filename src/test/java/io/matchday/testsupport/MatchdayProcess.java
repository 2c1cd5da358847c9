package io.matchday.testsupport;

import io.matchday.cli.MatchdayCommand;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The {@code matchday} command in a JVM of its own, on the tests' class path: a process a test can kill. */
public final class MatchdayProcess {

    private MatchdayProcess() {
    }

    /** The command line: this JDK's java, {@code jvmOptions}, then the CLI with {@code args}. */
    public static List<String> command(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MatchdayCommand.class.getName()));
        command.addAll(args);
        return command;
    }

    /** Starts it with its output (both streams) in {@code log}. */
    public static Process start(List<String> jvmOptions, List<String> args, Path log) throws IOException {
        return new ProcessBuilder(command(jvmOptions, args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until a node serving on {@code port} is ready (a champion loaded). */
    public static void awaitReady(int port, Supplier<String> context) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build();
        Await.until(() -> {
            try {
                return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, "the node on port " + port + " ready", Duration.ofSeconds(60), context);
    }
}
