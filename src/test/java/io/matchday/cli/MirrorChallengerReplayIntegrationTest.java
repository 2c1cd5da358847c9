package io.matchday.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.testsupport.Mirror;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays of E0 2021-22..2023-24 on the mirror with a challenger shadowing a Dixon–Coles champion, judged as a live
 * challenger is: its own kind (A/A) is never promoted, gbm is.
 */
class MirrorChallengerReplayIntegrationTest {

    @TempDir
    Path home;

    private JsonNode replay(String challenger) throws Exception {
        Path json = home.resolve(challenger + ".json");
        CliRun run = CliRun.in(home, Mirror.baseUrl(), "simulate", "-d", "E0", "--seasons", "2021-22", "--to", "2023-24",
                "-m", "dixon-coles", "--strategy", "none", "--challenger", challenger, "--json", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(json.toFile()).path("challenger");
    }

    @Test
    void aChallengerOfTheChampionsKindIsNeverPromotedAndGbmIs() throws Exception {
        CliRun ingest = CliRun.in(home, Mirror.baseUrl(), "ingest", "-d", "E0");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        JsonNode aa = replay("dixon-coles");
        assertThat(aa.path("trainer").asText()).isEqualTo("dixon-coles");
        assertThat(aa.path("promoted").asBoolean()).isFalse();
        assertThat(aa.path("promoted_on").isMissingNode() || aa.path("promoted_on").isNull()).isTrue();
        assertThat(aa.path("settled").asInt()).isEqualTo(1140);
        assertThat(aa.path("mean_rps_difference").asDouble()).isZero();

        JsonNode gbm = replay("gbm");
        assertThat(gbm.path("promoted").asBoolean()).isTrue();
        assertThat(gbm.path("promoted_on").asText()).isBetween("2021-08-13", "2024-05-19");
        assertThat(gbm.path("settled").asInt()).isEqualTo(1140);
        assertThat(gbm.path("mean_rps_difference").asDouble()).isNegative();
        assertThat(gbm.path("e_value").asDouble()).isGreaterThanOrEqualTo(20);
        assertThat(gbm.path("decision").asText()).isEqualTo("promote");
    }
}
