package io.matchday.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStoreTest {

    @TempDir
    Path root;

    @Test
    void storesContentUnderItsHashOnceAndReadsItBack() throws Exception {
        ArtifactStore store = new ArtifactStore(root);
        byte[] content = "model parameters".getBytes(StandardCharsets.UTF_8);
        String sha = store.put(content);
        assertThat(sha).isEqualTo(ArtifactStore.sha256(content));
        assertThat(store.put(content)).isEqualTo(sha);
        assertThat(store.get(sha)).isEqualTo(content);
        assertThat(store.pathOf(sha)).isEqualTo(root.resolve(sha.substring(0, 2)).resolve(sha.substring(2)));
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);   // no temporary file left behind
        }
    }

    @Test
    void aWriteCutShortLeavesNoArtifactUnderARealName() throws Exception {
        ArtifactStore store = new ArtifactStore(root);
        byte[] content = "half".getBytes(StandardCharsets.UTF_8);
        String sha = ArtifactStore.sha256(content);
        // What a crash between writing and moving leaves: only a temporary file.
        Files.createDirectories(store.pathOf(sha).getParent());
        Files.write(store.pathOf(sha).resolveSibling(".incoming-123.tmp"), new byte[]{1, 2});
        assertThat(store.contains(sha)).isFalse();
        assertThatThrownBy(() -> store.get(sha)).hasMessageContaining("is missing");
        store.put(content);
        assertThat(store.get(sha)).isEqualTo(content);
    }

    @Test
    void detectsACorruptedArtifact() throws Exception {
        ArtifactStore store = new ArtifactStore(root);
        String sha = store.put("original".getBytes(StandardCharsets.UTF_8));
        Files.writeString(store.pathOf(sha), "tampered");
        assertThatThrownBy(() -> store.get(sha)).hasMessageContaining("is corrupt");
        assertThatThrownBy(() -> store.get("../../etc/passwd")).hasMessageContaining("not an artifact hash");
    }
}
