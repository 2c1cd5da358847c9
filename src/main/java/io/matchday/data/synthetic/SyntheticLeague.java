package io.matchday.data.synthetic;

import io.matchday.MatchdayException;
import io.matchday.data.Season;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Writes a synthetic league in football-data.co.uk's exact CSV format and layout
 * ({@code <out>/<season code>/<division>.csv}), so every loader and model can be tested
 * against data whose truth is known. The truth goes to side files beside the season folders:
 * {@code <division>-teams.csv} (hidden strengths) and {@code <division>-truth.csv} (each
 * match's expected goals and true outcome probabilities). Deterministic for a given seed.
 */
public final class SyntheticLeague {

    static final String HEADER = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR,Referee,"
            + "HS,AS,HST,AST,HF,AF,HC,AC,HY,AY,HR,AR,B365H,B365D,B365A,PSH,PSD,PSA,MaxH,MaxD,MaxA,AvgH,AvgD,AvgA,"
            + "Avg>2.5,Avg<2.5,B365CH,B365CD,B365CA,PSCH,PSCD,PSCA,MaxCH,MaxCD,MaxCA,AvgCH,AvgCD,AvgCA";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final String[] TOWNS = {"Ashbury", "Brackenford", "Caldermoor", "Dunmere", "Eastholm",
        "Fallowfield", "Greywater", "Harrowgate", "Ironbridge", "Juniper Vale", "Kingsmere", "Larkhill",
        "Marshton", "Northwick", "Oakhaven", "Pennington", "Queensbury", "Redcliffe", "Stonebridge", "Thornbury",
        "Upton Lea", "Westerley", "Yarrowby", "Ashford Rovers", "Blackmoor", "Copperfield", "Dovecote",
        "Elmstead", "Foxley", "Glenrock"};
    private static final String[] REFEREES = {"A Marsh", "B Keane", "C Doyle", "D Frost", "E Hale", "F Irwin"};

    private final SyntheticLeagueConfig config;

    public SyntheticLeague(SyntheticLeagueConfig config) {
        this.config = config;
    }

    /** Strength of one synthetic team. Higher attack scores more; higher defence concedes less. */
    public record TeamStrength(String team, double attack, double defence) { }

    /** What was written. */
    public record Generated(Path out, List<TeamStrength> teams, List<Season> seasons, int matches) { }

    /** The hidden strengths this configuration draws (the same ones {@link #writeTo} uses). */
    public List<TeamStrength> strengths() {
        return strengths(new SplittableRandom(config.seed()));
    }

    public Generated writeTo(Path out) {
        RandomGenerator rng = new SplittableRandom(config.seed());
        List<TeamStrength> teams = strengths(rng);
        List<Season> seasons = new ArrayList<>();
        int matches = 0;
        try {
            Files.createDirectories(out);
            try (Writer truth = Files.newBufferedWriter(out.resolve(config.division() + "-truth.csv"), StandardCharsets.UTF_8)) {
                truth.write("Div,Season,Date,HomeTeam,AwayTeam,HomeExpectedGoals,AwayExpectedGoals,PH,PD,PA\r\n");
                Season season = config.firstSeason();
                for (int s = 0; s < config.seasons(); s++, season = season.next()) {
                    matches += writeSeason(out, season, teams, rng, truth);
                    seasons.add(season);
                }
            }
            writeTeams(out, teams);
        } catch (IOException e) {
            throw new MatchdayException("cannot write the synthetic league to " + out + ": " + e.getMessage(), e);
        }
        return new Generated(out, teams, seasons, matches);
    }

    private List<TeamStrength> strengths(RandomGenerator rng) {
        int n = config.teams();
        double[] attack = new double[n];
        double[] defence = new double[n];
        for (int i = 0; i < n; i++) {
            attack[i] = rng.nextGaussian() * config.strengthSd();
            defence[i] = rng.nextGaussian() * config.strengthSd();
        }
        double meanAttack = java.util.Arrays.stream(attack).average().orElse(0);
        double meanDefence = java.util.Arrays.stream(defence).average().orElse(0);
        List<TeamStrength> teams = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = i < TOWNS.length ? TOWNS[i] : "Town " + (i + 1);
            teams.add(new TeamStrength(name, attack[i] - meanAttack, defence[i] - meanDefence));
        }
        return teams;
    }

    private int writeSeason(Path out, Season season, List<TeamStrength> teams, RandomGenerator rng, Writer truth)
            throws IOException {
        Path file = out.resolve(season.code()).resolve(config.division() + ".csv");
        Files.createDirectories(file.getParent());
        List<int[][]> rounds = Schedule.doubleRoundRobin(teams.size());
        LocalDate firstSaturday = LocalDate.of(season.startYear(), 8, 7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        MatchSampler sampler = new MatchSampler(config, rng);
        int count = 0;
        try (Writer csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            csv.write(HEADER + "\r\n");
            for (int r = 0; r < rounds.size(); r++) {
                LocalDate date = firstSaturday.plusWeeks(r);
                for (int[] pair : rounds.get(r)) {
                    TeamStrength home = teams.get(pair[0]);
                    TeamStrength away = teams.get(pair[1]);
                    MatchSampler.Sample m = sampler.sample(home, away);
                    String referee = REFEREES[rng.nextInt(REFEREES.length)];
                    csv.write(String.join(",", config.division().code(), DATE.format(date), "15:00",
                            home.team(), away.team(), m.row(referee)) + "\r\n");
                    truth.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%.6f,%.6f,%.9f,%.9f,%.9f\r\n",
                            config.division(), season.label(), date, home.team(), away.team(),
                            m.homeRate(), m.awayRate(), m.truth()[0], m.truth()[1], m.truth()[2]));
                    count++;
                }
            }
        }
        return count;
    }

    private void writeTeams(Path out, List<TeamStrength> teams) throws IOException {
        try (Writer w = Files.newBufferedWriter(out.resolve(config.division() + "-teams.csv"), StandardCharsets.UTF_8)) {
            w.write("Team,Attack,Defence\r\n");
            for (TeamStrength t : teams) {
                w.write(String.format(Locale.ROOT, "%s,%.6f,%.6f\r\n", t.team(), t.attack(), t.defence()));
            }
        }
    }

}
