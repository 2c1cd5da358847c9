package io.matchday.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.data.Match;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.testsupport.SyntheticMatches;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gate's race on a synthetic league, where Dixon–Coles knows the truth's shape and climatology knows nothing. */
class PromotionGateTest {

    private static List<Match> history;
    private static SeasonRange validation;
    private final PromotionGate gate = new PromotionGate(0, PairedBootstrap.DEFAULT);

    @BeforeAll
    static void league() {
        history = SyntheticMatches.generate(16, 3, 7).matches();
        Season last = history.get(history.size() - 1).season();
        validation = SeasonRange.of(last, last);
    }

    @Test
    void withoutAChampionTheDefaultCandidateLosesToOneThatIsClearlyBetter() {
        List<GateDecision> decisions = gate.decide(history, validation, List.of("climatology", "dixon-coles"), Optional.empty());
        assertThat(decisions).extracting(GateDecision::promote).containsExactly(false, true);
        assertThat(decisions.get(1).reason()).contains("beats the default candidate climatology");
        assertThat(decisions.get(1).difference().high()).isNegative();
        assertThat(decisions.get(0).alias()).isEqualTo(ModelRegistry.CHALLENGER);
        assertThat(decisions.get(0).reason()).contains("behind dixon-coles");
        assertThat(decisions.get(0).candidateRps()).isGreaterThan(decisions.get(1).candidateRps());
    }

    @Test
    void theDefaultCandidateStaysWhenNoOtherIsClearlyBetter() {
        List<GateDecision> decisions = gate.decide(history, validation, List.of("dixon-coles", "climatology"), Optional.empty());
        assertThat(decisions).extracting(GateDecision::promote).containsExactly(true, false);
        assertThat(decisions.get(0).reason()).contains("the default candidate");
        assertThat(decisions.get(1).difference().mean()).as("climatology against the champion").isPositive();
    }

    @Test
    void aChampionStaysUnlessACandidateClearlyBeatsItAndItsOwnKindRefitIsARefresh() {
        List<GateDecision> againstDixonColes = gate.decide(history, validation, List.of("climatology"), Optional.of("dixon-coles"));
        assertThat(againstDixonColes.get(0).promote()).isFalse();
        assertThat(againstDixonColes.get(0).reason()).isEqualTo("does not clearly beat the champion");

        List<GateDecision> refresh = gate.decide(history, validation, List.of("climatology", "dixon-coles"), Optional.of("dixon-coles"));
        assertThat(refresh).extracting(GateDecision::promote).containsExactly(false, true);
        assertThat(refresh.get(1).reason()).contains("refresh");

        List<GateDecision> overthrown = gate.decide(history, validation, List.of("dixon-coles"), Optional.of("climatology"));
        assertThat(overthrown.get(0).promote()).isTrue();
        assertThat(overthrown.get(0).reason()).isEqualTo("beats the champion");
    }
}
