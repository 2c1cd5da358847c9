package io.matchday.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/** Waiting for something asynchronous to become true (Awaitility, with what was seen on failure), and free ports. */
public final class Await {

    private Await() {
    }

    /** Polls {@code condition} until it holds; after {@code timeout} fails naming {@code what}, with {@code context}. */
    public static void until(BooleanSupplier condition, String what, Duration timeout, Supplier<String> context) {
        try {
            await(what).atMost(timeout).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "\n" + context.get(), e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
