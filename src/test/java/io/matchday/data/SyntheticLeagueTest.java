package io.matchday.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.matchday.data.synthetic.SyntheticLeague;
import io.matchday.testsupport.CsvFixture;
import io.matchday.testsupport.SyntheticData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic league is real football-data CSV and tells the truth about itself. */
class SyntheticLeagueTest {

    @TempDir
    Path dir;

    private final MatchCsvReader reader = new MatchCsvReader(TeamNames.standard());

    @Test
    void writesSeasonsInTheSitesLayoutThatReadBackWithoutRejects() throws IOException {
        SyntheticLeague.Generated league = SyntheticData.write(dir, 20, 3, 7);
        assertThat(league.matches()).isEqualTo(1140);
        for (Season season : league.seasons()) {
            Path file = dir.resolve(season.code()).resolve("E0.csv");
            ParsedFile parsed = reader.read(CsvFixture.source(Division.of("E0"), season, Files.readAllBytes(file)));
            assertThat(parsed.rejected()).isEmpty();
            assertThat(parsed.matches()).hasSize(380);
            List<Match> matches = parsed.matches().stream().map(ParsedMatch::match).toList();
            assertThat(matches).allSatisfy(m -> {
                assertThat(m.odds().averageOpening()).isPresent();
                assertThat(m.odds().averageClosing()).isPresent();
                assertThat(m.halfTimeScore()).isPresent();
            });
            // Every team plays every other twice, once at each ground.
            assertThat(matches.stream().map(m -> m.home() + ">" + m.away()).distinct()).hasSize(380);
        }
    }

    @Test
    void isDeterministicForASeedAndDiffersAcrossSeeds() throws IOException {
        SyntheticData.write(dir.resolve("a"), 20, 1, 7);
        SyntheticData.write(dir.resolve("b"), 20, 1, 7);
        SyntheticData.write(dir.resolve("c"), 20, 1, 8);
        byte[] a = Files.readAllBytes(dir.resolve("a/2021/E0.csv"));
        assertThat(Files.readAllBytes(dir.resolve("b/2021/E0.csv"))).isEqualTo(a);
        assertThat(Files.readAllBytes(dir.resolve("c/2021/E0.csv"))).isNotEqualTo(a);
        assertThat(Files.readAllBytes(dir.resolve("b/E0-truth.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("a/E0-truth.csv")));
    }

    @Test
    void writesTrueProbabilitiesAndCentredStrengths() throws IOException {
        SyntheticLeague.Generated league = SyntheticData.write(dir, 20, 2, 11);
        List<String> truth = Files.readAllLines(dir.resolve("E0-truth.csv"));
        assertThat(truth).hasSize(761);
        double homeMinusAway = 0;
        for (String line : truth.subList(1, truth.size())) {
            String[] f = line.split(",");
            double ph = Double.parseDouble(f[7]);
            double pd = Double.parseDouble(f[8]);
            double pa = Double.parseDouble(f[9]);
            assertThat(ph + pd + pa).isCloseTo(1.0, within(1e-6));
            homeMinusAway += ph - pa;
        }
        assertThat(homeMinusAway / 760).as("home advantage").isPositive();
        assertThat(league.teams().stream().mapToDouble(SyntheticLeague.TeamStrength::attack).sum()).isCloseTo(0, within(1e-9));
        assertThat(Files.readAllLines(dir.resolve("E0-teams.csv"))).hasSize(21);
    }

    @Test
    void pricesCarryTheConfiguredMargin() throws IOException {
        SyntheticData.write(dir, 20, 1, 3);
        ParsedFile parsed = reader.read(CsvFixture.source(Division.of("E0"), Season.parse("2020-21"),
                Files.readAllBytes(dir.resolve("2021/E0.csv"))));
        double meanMargin = parsed.matches().stream()
                .mapToDouble(p -> p.match().odds().opening("B365").orElseThrow().margin()).average().orElseThrow();
        assertThat(meanMargin).isCloseTo(0.05, within(0.01));
    }
}
