package io.matchday.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DixonColesConfigTest {

    /** A tuning run varies one setting; the others must stay as the defaults have them (shots and openness included). */
    @Test
    void eachWitherChangesOnlyItsOwnSetting() {
        DixonColesConfig d = DixonColesConfig.DEFAULT;
        assertThat(d.shotWeight()).isPositive();
        assertThat(d.opennessRidge()).isPositive();
        assertThat(d.withXi(0.003)).isEqualTo(new DixonColesConfig(0.003, d.windowDays(), d.maxGoals(), d.ridge(),
                d.promotedPrior(), d.levelXi(), d.shotWeight(), d.opennessRidge()));
        assertThat(d.withRidge(0.01)).isEqualTo(new DixonColesConfig(d.xi(), d.windowDays(), d.maxGoals(), 0.01,
                d.promotedPrior(), d.levelXi(), d.shotWeight(), d.opennessRidge()));
        assertThat(d.withPromotedPrior(true)).isEqualTo(new DixonColesConfig(d.xi(), d.windowDays(), d.maxGoals(), d.ridge(),
                true, d.levelXi(), d.shotWeight(), d.opennessRidge()));
        assertThat(d.withLevelXi(0.01)).isEqualTo(new DixonColesConfig(d.xi(), d.windowDays(), d.maxGoals(), d.ridge(),
                d.promotedPrior(), 0.01, d.shotWeight(), d.opennessRidge()));
        assertThat(d.withShotWeight(0.5).shotWeight()).isEqualTo(0.5);
        assertThat(d.withShotWeight(0.5).withShotWeight(d.shotWeight())).isEqualTo(d);
        assertThat(d.withOpennessRidge(0).withOpennessRidge(d.opennessRidge())).isEqualTo(d);
    }
}
