package io.matchday.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The configured admin keys, kept only as SHA-256 digests. A guess is compared with
 * {@link MessageDigest#isEqual} against every key, so the time taken says nothing about how close
 * it was; neither keys nor guesses are ever logged. No keys: admin actions are off.
 *
 * <p>Wrong keys are throttled per client: after {@code failures} of them within {@code window}, the
 * client's next tries — right or wrong — are refused until its oldest failure leaves the window, so
 * guessing costs time (the API answers 429 with {@code Retry-After}, the console's sign-in likewise).
 */
@Component
public class AdminKeys {

    /** Clients remembered at most: the oldest are forgotten first (a flood of addresses cannot fill the memory). */
    private static final int CLIENTS = 10_000;

    /** The outcome of a try: accepted, refused, or throttled with how long to wait. */
    public record Check(boolean accepted, Optional<Duration> retryAfter) {
        public boolean throttled() {
            return retryAfter.isPresent();
        }
    }

    private final List<byte[]> digests;
    private final ServingProperties.KeyThrottle throttle;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > CLIENTS;
        }
    };

    AdminKeys(ServingProperties properties, Clock clock) {
        this.digests = properties.apiKeys().stream().filter(k -> !k.isBlank()).map(AdminKeys::digest).toList();
        this.throttle = properties.keyThrottle();
        this.clock = clock;
    }

    public boolean enabled() {
        return !digests.isEmpty();
    }

    /** Checks a key sent by {@code client} (its address), counting a wrong one against it. */
    public synchronized Check check(String client, String given) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(throttle.window()))) {
            recent.removeFirst();
        }
        if (recent.size() >= throttle.failures()) {
            Duration wait = Duration.between(now, recent.peekFirst().plus(throttle.window()));
            return new Check(false, Optional.of(wait.isNegative() ? Duration.ZERO : wait));
        }
        if (matches(given)) {
            if (recent.isEmpty()) {
                failures.remove(client);
            }
            return new Check(true, Optional.empty());
        }
        recent.addLast(now);
        return new Check(false, Optional.empty());
    }

    private boolean matches(String given) {
        if (given == null || given.isBlank()) {
            return false;
        }
        byte[] digest = digest(given);
        boolean match = false;
        for (byte[] key : digests) {
            match |= MessageDigest.isEqual(digest, key);
        }
        return match;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
