package io.matchday.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FmtTest {

    @Test
    void aDifferenceIsColouredAsItIsShown() {
        assertThat(Fmt.delta(0.00004)).isEqualTo("+0.0000");
        assertThat(Fmt.better(0.00004)).isEmpty();
        assertThat(Fmt.better(-0.00004)).isEmpty();
        assertThat(Fmt.better(0.00006)).isEqualTo("bad");
        assertThat(Fmt.delta(-0.00006)).isEqualTo("-0.0001");
        assertThat(Fmt.better(-0.00006)).isEqualTo("good");
        assertThat(Fmt.better(Double.NaN)).isEmpty();
        assertThat(Fmt.better(null)).isEmpty();
    }
}
