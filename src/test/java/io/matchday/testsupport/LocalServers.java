package io.matchday.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** What the tests' real servers from Debian's packages share: the binary's presence, readiness, a clean stop. */
final class LocalServers {

    private LocalServers() {
    }

    /** Fails in CI (where {@code .ci/run} installs {@code pkg}), skips elsewhere, when {@code binary} is missing. */
    static void require(Path binary, String pkg) {
        boolean present = Files.isExecutable(binary);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(binary + " is missing (.ci/run installs Debian's " + pkg + ")");
        }
        Assumptions.assumeTrue(present, pkg + " not installed");
    }

    /** Waits up to ten seconds for {@code url} to answer {@code status}; else stops the process and fails. */
    static void awaitReady(Process process, HttpClient http, String url, int status, Path log) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == status) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        stop(process);
        throw new AssertionError(url + " did not answer " + status + "; see " + log);
    }

    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
