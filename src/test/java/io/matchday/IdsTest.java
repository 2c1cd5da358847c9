package io.matchday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreTimeOrderedAndUnique() {
        Instant t = Instant.parse("2025-05-18T12:00:00Z");
        String earlier = Ids.next(t);
        String later = Ids.next(t.plusMillis(1));
        assertThat(earlier).isLessThan(later);
        assertThat(UUID.fromString(earlier).version()).isEqualTo(7);
        assertThat(IntStream.range(0, 10_000).mapToObj(i -> Ids.next(t)).distinct().count()).isEqualTo(10_000);
    }
}
