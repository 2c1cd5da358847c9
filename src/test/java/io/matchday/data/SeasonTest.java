package io.matchday.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matchday.MatchdayException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeasonTest {

    @Test
    void parsesEveryWayPeopleAndTheSiteWriteASeason() {
        assertThat(Season.parse("2023-24")).isEqualTo(new Season(2023));
        assertThat(Season.parse("2023/24")).isEqualTo(new Season(2023));
        assertThat(Season.parse("2023-2024")).isEqualTo(new Season(2023));
        assertThat(Season.parse("2324")).isEqualTo(new Season(2023));
        assertThat(Season.parse("9900")).isEqualTo(new Season(1999));
        assertThat(Season.parse("0001")).isEqualTo(new Season(2000));
    }

    @Test
    void writesLabelAndSiteCode() {
        assertThat(new Season(1999).label()).isEqualTo("1999-00");
        assertThat(new Season(1999).code()).isEqualTo("9900");
        assertThat(new Season(2005).code()).isEqualTo("0506");
    }

    @Test
    void rejectsSeasonsThatDoNotSpanConsecutiveYears() {
        assertThatThrownBy(() -> Season.parse("2023-25")).isInstanceOf(MatchdayException.class)
                .hasMessageContaining("consecutive");
        assertThatThrownBy(() -> Season.parse("2325")).isInstanceOf(MatchdayException.class);
        assertThatThrownBy(() -> Season.parse("last year")).hasMessageContaining("not a season");
    }

    @Test
    void admitsTheCovidRestartButNotTheNextSeasonsDates() {
        Season covid = Season.parse("2019-20");
        assertThat(covid.admits(LocalDate.of(2020, 7, 26))).isTrue();
        assertThat(covid.admits(LocalDate.of(2021, 1, 2))).isFalse();
        assertThat(Season.containing(LocalDate.of(2020, 9, 12))).isEqualTo(new Season(2020));
        assertThat(Season.containing(LocalDate.of(2021, 5, 23))).isEqualTo(new Season(2020));
    }

    @Test
    void rangesCoverBothEndsAndAll() {
        SeasonRange range = SeasonRange.parse("2005-06..2007-08");
        assertThat(range.seasons()).extracting(Season::label).containsExactly("2005-06", "2006-07", "2007-08");
        assertThat(SeasonRange.parse("2324").seasons()).containsExactly(new Season(2023));
        assertThat(SeasonRange.parse("all").isAll()).isTrue();
        assertThat(SeasonRange.ALL.contains(new Season(1993))).isTrue();
        assertThat(range.contains(new Season(2008))).isFalse();
        assertThatThrownBy(() -> SeasonRange.parse("2010-11..2005-06")).hasMessageContaining("backwards");
    }
}
