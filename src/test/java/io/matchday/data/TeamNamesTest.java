package io.matchday.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeamNamesTest {

    private final TeamNames names = TeamNames.standard();

    @Test
    void mapsEverySpellingOfAClubToOneTeam() {
        assertThat(names.canonical("Man United")).isEqualTo(new Team("Man United"));
        assertThat(names.canonical("Manchester United")).isEqualTo(new Team("Man United"));
        assertThat(names.canonical("Man Utd")).isEqualTo(new Team("Man United"));
        assertThat(names.canonical("  MANCHESTER   united ")).isEqualTo(new Team("Man United"));
        assertThat(names.canonical("Nottingham Forest")).isEqualTo(new Team("Nott'm Forest"));
        assertThat(names.canonical("Brighton & Hove Albion")).isEqualTo(new Team("Brighton"));
    }

    @Test
    void ignoresAccentsAndPunctuation() {
        TeamNames custom = TeamNames.parse(List.of("Atletico Madrid;Atlético de Madrid;Ath Madrid"));
        assertThat(custom.canonical("ATLÉTICO DE MADRID").name()).isEqualTo("Atletico Madrid");
        assertThat(custom.canonical("Ath. Madrid").name()).isEqualTo("Atletico Madrid");
    }

    @Test
    void keepsUnknownNamesAsTheirOwnCanonicalNameTidied() {
        assertThat(names.canonical("  Real   Sociedad ").name()).isEqualTo("Real Sociedad");
    }

    @Test
    void keepsManchesterClubsApart() {
        assertThat(names.canonical("Manchester City")).isNotEqualTo(names.canonical("Manchester United"));
        assertThat(names.canonical("Sheffield Wednesday")).isNotEqualTo(names.canonical("Sheffield United"));
    }

    @Test
    void refusesAnAliasThatNamesTwoClubs() {
        assertThatThrownBy(() -> TeamNames.parse(List.of("A;Shared", "B;shared")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names both A and B");
    }

    @Test
    void listsAliasesOfACanonicalName() {
        assertThat(names.aliases(new Team("Man United"))).contains("Manchester United", "Man Utd");
        assertThat(names.aliases(new Team("Nobody FC"))).isEmpty();
    }

    @Test
    void rejectsEmptyNames() {
        assertThatThrownBy(() -> names.canonical(" ")).hasMessageContaining("empty");
    }
}
