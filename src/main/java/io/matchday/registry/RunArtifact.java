package io.matchday.registry;

/** A file a run produced, kept in the {@link ArtifactStore} under its hash. */
public record RunArtifact(String name, String sha256, long bytes, String mediaType) {
}
