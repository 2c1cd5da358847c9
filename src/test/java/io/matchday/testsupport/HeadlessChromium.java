package io.matchday.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, for tests of pages Matchday writes. {@code .ci/run} installs it; in
 * CI ({@code CI=true}) a missing browser fails the test instead of skipping it.
 */
public final class HeadlessChromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** Loads a page, lets its scripts run, and returns the DOM they left. */
    public static String renderedDom(Path page, Path profile) throws IOException, InterruptedException {
        return renderedDom(page.toUri(), profile);
    }

    /** Loads a page from a file or a running server, lets its scripts run, and returns the DOM they left. */
    public static String renderedDom(java.net.URI page, Path profile) throws IOException, InterruptedException {
        boolean present = Files.isExecutable(BINARY);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("chromium is missing at " + BINARY + " (.ci/run installs it)");
        }
        Assumptions.assumeTrue(present, "chromium not installed");
        Process process = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom",
                page.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish rendering " + page);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
