package io.matchday.registry;

import io.matchday.MatchdayException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-addressed files: an artifact is stored under its SHA-256 ({@code ab/cdef…}) and written
 * atomically — to a temporary file in the same directory, then moved into place — so a crash
 * leaves either the whole file or none of it, never a half-written artifact under a real name.
 */
public final class ArtifactStore {

    private final Path root;

    public ArtifactStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Stores the bytes (once: the same content is the same file) and returns their hash. */
    public String put(byte[] content) {
        String sha = sha256(content);
        Path target = pathOf(sha);
        if (Files.isRegularFile(target)) {
            return sha;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
            try {
                Files.write(temp, content);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new MatchdayException("cannot write artifact " + sha + " under " + root + ": " + e.getMessage(), e);
        }
        return sha;
    }

    /** The bytes of an artifact, checked against their hash. */
    public byte[] get(String sha) {
        Path path = pathOf(sha);
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new MatchdayException("artifact " + sha + " is missing from " + root, e);
        }
        if (!sha256(content).equals(sha)) {
            throw new MatchdayException("artifact " + sha + " is corrupt: its content no longer matches its hash");
        }
        return content;
    }

    public boolean contains(String sha) {
        return Files.isRegularFile(pathOf(sha));
    }

    Path pathOf(String sha) {
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new MatchdayException("not an artifact hash: " + sha);
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // Another writer stored the same content first: same bytes, nothing to do.
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
