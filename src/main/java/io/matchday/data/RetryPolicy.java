package io.matchday.data;

import java.time.Duration;

/**
 * How the HTTP source retries a failed download: 5xx answers, 429 and network time-outs are
 * retried up to {@code attempts} times in all, waiting {@code firstDelay}, then twice as long
 * each time.
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration connectTimeout, Duration requestTimeout) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(30));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    Duration delayBefore(int attempt) {
        return firstDelay.multipliedBy(1L << Math.max(0, attempt - 2));
    }
}
