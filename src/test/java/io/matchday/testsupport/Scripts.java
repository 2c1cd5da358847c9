package io.matchday.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Running the project's own scripts (deploy/*.sh) as a user would: with an environment, to success, their output. */
public final class Scripts {

    private Scripts() {
    }

    /** Runs {@code script} (relative to the project) with {@code args}; fails unless it exits 0 within the time. */
    public static String run(String script, Map<String, String> env, int seconds, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of(script).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command(command, env, seconds);
    }

    public static String command(List<String> command, Map<String, String> env, int seconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }
}
