package io.matchday.testsupport;

import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.Score;
import io.matchday.data.Season;
import io.matchday.data.TestParsing;
import io.matchday.data.synthetic.SyntheticLeague;
import io.matchday.data.synthetic.SyntheticLeagueConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A synthetic league as {@link Match} records (read through the real CSV reader), with its truth. */
public final class SyntheticMatches {

    private SyntheticMatches() {
    }

    /** Hidden strength of a synthetic team. */
    public record Strength(String team, double attack, double defence) {
        public double overall() {
            return attack + defence;
        }
    }

    /** The matches, each match's true outcome probabilities (key: date|home|away) and the strengths. */
    public record League(List<Match> matches, Map<String, double[]> truth, List<Strength> strengths) {
        public double[] truthOf(Match m) {
            return truth.get(m.date() + "|" + m.home() + "|" + m.away());
        }
    }

    public static League generate(int teams, int seasons, long seed) {
        try {
            Path dir = Files.createTempDirectory("matchday-synthetic");
            SyntheticLeague.Generated generated = SyntheticData.write(dir, teams, seasons, seed);
            List<Match> matches = new ArrayList<>();
            for (Season season : generated.seasons()) {
                byte[] bytes = Files.readAllBytes(dir.resolve(season.code()).resolve("E0.csv"));
                matches.addAll(TestParsing.matches(CsvFixture.source(Division.of("E0"), season, bytes)));
            }
            Map<String, double[]> truth = new HashMap<>();
            List<String> lines = Files.readAllLines(dir.resolve("E0-truth.csv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                truth.put(f[2] + "|" + f[3] + "|" + f[4], new double[]{Double.parseDouble(f[7]),
                    Double.parseDouble(f[8]), Double.parseDouble(f[9])});
            }
            List<Strength> strengths = generated.teams().stream()
                    .map(t -> new Strength(t.team(), t.attack(), t.defence())).toList();
            return new League(matches, truth, strengths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Match> league(int teams, int seasons, long seed) {
        return generate(teams, seasons, seed).matches();
    }

    public static List<Strength> strengths(int teams, long seed) {
        return new SyntheticLeague(SyntheticLeagueConfig.defaults(teams, 1, seed)).strengths().stream()
                .map(t -> new Strength(t.team(), t.attack(), t.defence())).toList();
    }

    /** The same match with these statistics (the generator makes none). */
    public static Match withStats(Match m, io.matchday.data.MatchStats stats) {
        return new Match(m.division(), m.season(), m.date(), m.kickoff(), m.home(), m.away(), m.fullTime(), null,
                m.referee(), stats, m.odds(), m.extra());
    }

    /** Shots on target only, home and away. */
    public static io.matchday.data.MatchStats shotsOnTarget(int home, int away) {
        return new io.matchday.data.MatchStats(null, null, home, away, null, null, null, null, null, null, null, null);
    }

    public static Match withScore(Match m, Score score) {
        return new Match(m.division(), m.season(), m.date(), m.kickoff(), m.home(), m.away(), score, null,
                m.referee(), m.stats(), m.odds(), m.extra());
    }
}
