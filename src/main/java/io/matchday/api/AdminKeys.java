package io.matchday.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The configured admin keys, kept only as SHA-256 digests. A guess is compared with
 * {@link MessageDigest#isEqual} against every key, so the time taken says nothing about how close
 * it was; neither keys nor guesses are ever logged. No keys: admin actions are off.
 */
@Component
public class AdminKeys {

    private final List<byte[]> digests;

    AdminKeys(ServingProperties properties) {
        this.digests = properties.apiKeys().stream().filter(k -> !k.isBlank()).map(AdminKeys::digest).toList();
    }

    public boolean enabled() {
        return !digests.isEmpty();
    }

    public boolean matches(String given) {
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
