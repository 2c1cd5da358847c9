package io.matchday.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Read access to the match database: summaries for people, full matches for models. */
public final class MatchRepository {

    private final JdbcTemplate jdbc;
    private final TeamNames teamNames;

    public MatchRepository(DataSource dataSource, TeamNames teamNames) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.teamNames = teamNames;
    }

    /** Every division and season with stored matches or quarantined rows. */
    public List<SeasonSummary> seasons() {
        Map<String, SeasonSummary> byKey = new java.util.TreeMap<>();
        jdbc.query("select division, season, count(*), min(match_date), max(match_date), "
                + "count(distinct home_team) from matches group by division, season", rs -> {
                    Division d = Division.of(rs.getString(1));
                    Season s = Season.parse(rs.getString(2));
                    byKey.put(d.code() + "|" + s.label(), new SeasonSummary(d, s, rs.getInt(3), 0, 0, rs.getInt(6),
                            rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()));
                });
        Map<String, Integer> quarantined = countBySeason("quarantine");
        Map<String, Integer> issues = countBySeason("data_issues");
        for (String key : quarantined.keySet()) {
            byKey.computeIfAbsent(key, k -> new SeasonSummary(Division.of(k.substring(0, k.indexOf('|'))),
                    Season.parse(k.substring(k.indexOf('|') + 1)), 0, 0, 0, 0, null, null));
        }
        byKey.replaceAll((key, s) -> new SeasonSummary(s.division(), s.season(), s.matches(),
                quarantined.getOrDefault(key, 0), issues.getOrDefault(key, 0), s.teams(), s.firstMatch(), s.lastMatch()));
        return List.copyOf(byKey.values());
    }

    private Map<String, Integer> countBySeason(String table) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select division, season, count(*) from " + table + " group by division, season",
                rs -> {
                    counts.put(rs.getString(1) + "|" + rs.getString(2), rs.getInt(3));
                });
        return counts;
    }

    /** Teams with their match counts, for one division or all. */
    public List<TeamSummary> teams(Optional<Division> division) {
        String where = division.isPresent() ? " where division = ?" : "";
        Object[] args = division.map(d -> new Object[]{d.code(), d.code()}).orElse(new Object[0]);
        return jdbc.query("select division, team, count(*), min(season), max(season) from ("
                + "select division, season, home_team as team from matches" + where
                + " union all select division, season, away_team as team from matches" + where
                + ") t group by division, team order by division, team",
                (rs, i) -> {
                    Team team = new Team(rs.getString(2));
                    return new TeamSummary(team, Division.of(rs.getString(1)), rs.getInt(3),
                            Season.parse(rs.getString(4)), Season.parse(rs.getString(5)), teamNames.aliases(team));
                }, args);
    }

    public List<QuarantinedRow> quarantine(Optional<Division> division) {
        String where = division.isPresent() ? " where division = ?" : "";
        return jdbc.query("select source_url, division, season, line_number, raw_line, reason, quarantined_at "
                + "from quarantine" + where + " order by division, season, source_url, line_number",
                (rs, i) -> new QuarantinedRow(rs.getString(1), Division.of(rs.getString(2)),
                        Season.parse(rs.getString(3)), rs.getInt(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant()),
                division.map(d -> new Object[]{d.code()}).orElse(new Object[0]));
    }

    /** Auxiliary values stored as absent, with file, line, column and reason, for one division or all. */
    public List<DataIssue> dataIssues(Optional<Division> division) {
        String where = division.isPresent() ? " where division = ?" : "";
        return jdbc.query("select source_url, division, season, line_number, match_date, home_team, away_team, "
                + "column_name, raw_value, reason, recorded_at from data_issues" + where
                + " order by division, season, source_url, line_number, id",
                (rs, i) -> new DataIssue(rs.getString(1), Division.of(rs.getString(2)), Season.parse(rs.getString(3)),
                        rs.getInt(4), rs.getDate(5).toLocalDate(), new Team(rs.getString(6)), new Team(rs.getString(7)),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant()),
                division.map(d -> new Object[]{d.code()}).orElse(new Object[0]));
    }

    /** Matches of a division in date order, with all their prices; {@code range} filters seasons. */
    public List<Match> matches(Division division, SeasonRange range) {
        return read(division, "", new Object[0], range);
    }

    /** Matches of a division played in [{@code from}, {@code to}], in date order, with all their prices. */
    public List<Match> matches(Division division, LocalDate from, LocalDate to) {
        return read(division, " and m.match_date between ? and ?",
                new Object[]{java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)}, SeasonRange.ALL);
    }

    /** The days with stored matches of a division, latest first. */
    public List<LocalDate> matchDates(Division division) {
        return jdbc.queryForList("select distinct match_date from matches where division = ? order by match_date desc",
                java.sql.Date.class, division.code()).stream().map(java.sql.Date::toLocalDate).toList();
    }

    /** Full-time scores of a division's matches in [{@code from}, {@code to}], keyed {@code date|home|away}. */
    public Map<String, Score> scores(Division division, LocalDate from, LocalDate to) {
        Map<String, Score> scores = new HashMap<>();
        jdbc.query("select match_date, home_team, away_team, home_goals, away_goals from matches "
                + "where division = ? and match_date between ? and ?", rs -> {
                    scores.put(rs.getDate(1).toLocalDate() + "|" + rs.getString(2) + "|" + rs.getString(3),
                            new Score(rs.getInt(4), rs.getInt(5)));
                }, division.code(), java.sql.Date.valueOf(from), java.sql.Date.valueOf(to));
        return scores;
    }

    /** When each division's files were last read from the source. */
    public Map<Division, java.time.Instant> lastIngested() {
        Map<Division, java.time.Instant> last = new java.util.TreeMap<>();
        jdbc.query("select division, max(ingested_at) from source_file group by division",
                rs -> {
                    last.put(Division.of(rs.getString(1)), rs.getTimestamp(2).toInstant());
                });
        return last;
    }

    private List<Match> read(Division division, String where, Object[] args, SeasonRange range) {
        Object[] all = new Object[args.length + 1];
        all[0] = division.code();
        System.arraycopy(args, 0, all, 1, args.length);
        Map<Long, Map<String, Double[]>> prices = new HashMap<>();
        jdbc.query("select p.match_id, p." + PriceTable.COLUMNS.replace(", ", ", p.") + " from match_prices p "
                + "join matches m on m.id = p.match_id where m.division = ?" + where, rs -> {
                    Double[] values = new Double[PriceTable.WIDTH];
                    for (int i = 0; i < values.length; i++) {
                        double v = rs.getDouble(3 + i);
                        values[i] = rs.wasNull() ? null : v;
                    }
                    prices.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), values);
                }, all);
        List<Match> matches = new ArrayList<>();
        jdbc.query("select id, season, match_date, kickoff, home_team, away_team, home_goals, away_goals, "
                + "ht_home_goals, ht_away_goals, referee, home_shots, away_shots, home_shots_on_target, "
                + "away_shots_on_target, home_corners, away_corners, home_fouls, away_fouls, home_yellow, "
                + "away_yellow, home_red, away_red from matches m where division = ?" + where
                + " order by match_date, kickoff, home_team", rs -> {
                    Season season = Season.parse(rs.getString(2));
                    if (range.contains(season)) {
                        long id = rs.getLong(1);
                        Odds odds = PriceTable.odds(prices.getOrDefault(id, Map.of()));
                        matches.add(toMatch(rs, division, season, odds));
                    }
                }, all);
        return matches;
    }

    private static Match toMatch(ResultSet rs, Division division, Season season, Odds odds) throws SQLException {
        LocalDate date = rs.getDate(3).toLocalDate();
        java.sql.Time time = rs.getTime(4);
        LocalTime kickoff = time == null ? null : time.toLocalTime();
        Integer htHome = (Integer) rs.getObject(9);
        Integer htAway = (Integer) rs.getObject(10);
        Score halfTime = htHome == null || htAway == null ? null : new Score(htHome, htAway);
        Integer[] s = new Integer[12];
        for (int i = 0; i < s.length; i++) {
            s[i] = (Integer) rs.getObject(12 + i);
        }
        MatchStats stats = new MatchStats(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11]);
        return new Match(division, season, date, kickoff, new Team(rs.getString(5)), new Team(rs.getString(6)),
                new Score(rs.getInt(7), rs.getInt(8)), halfTime, rs.getString(11), stats, odds, Map.of());
    }
}
