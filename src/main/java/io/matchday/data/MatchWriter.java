package io.matchday.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores one parsed file in one transaction, upserting on (division, season, date, home, away):
 * unchanged rows are left alone, changed rows are rewritten, new rows inserted. The file's
 * quarantine and field issues are replaced by this reading of it. Any failure rolls the whole file back.
 */
final class MatchWriter {

    private static final String MATCH_COLUMNS = "division, season, match_date, kickoff, home_team, away_team, "
            + "home_goals, away_goals, result, ht_home_goals, ht_away_goals, referee, "
            + "home_shots, away_shots, home_shots_on_target, away_shots_on_target, home_corners, away_corners, "
            + "home_fouls, away_fouls, home_yellow, away_yellow, home_red, away_red, "
            + "extra, row_hash, source_url, source_line, updated_at";
    private static final String INSERT_MATCH = "insert into matches (" + MATCH_COLUMNS + ", ingested_at) values ("
            + "?, ".repeat(29) + "?)";
    private static final String UPDATE_MATCH = "update matches set "
            + String.join(" = ?, ", MATCH_COLUMNS.split(", ")) + " = ? where id = ?";

    private record Stored(long id, String rowHash) { }

    private record PriceRow(long matchId, String bookmaker, Double[] values) { }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    MatchWriter(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
    }

    FileIngest store(ParsedFile file) {
        return transaction.execute(status -> storeInTransaction(file));
    }

    private FileIngest storeInTransaction(ParsedFile file) {
        SourceFile source = file.source();
        Map<String, Stored> existing = new HashMap<>();
        jdbc.query("select id, match_date, home_team, away_team, row_hash from matches where division = ? and season = ?",
                rs -> {
                    String key = key(rs.getDate(2).toLocalDate().toString(), rs.getString(3), rs.getString(4));
                    existing.put(key, new Stored(rs.getLong(1), rs.getString(5)));
                }, source.division().code(), source.season().label());

        List<ParsedMatch> inserts = new ArrayList<>();
        List<ParsedMatch> updates = new ArrayList<>();
        List<Long> updateIds = new ArrayList<>();
        int unchanged = 0;
        for (ParsedMatch parsed : file.matches()) {
            String key = key(parsed.match());
            Stored stored = existing.get(key);
            if (stored == null) {
                inserts.add(parsed);
            } else if (!parsed.rowHash().equals(stored.rowHash())) {
                updates.add(parsed);
                updateIds.add(stored.id());
            } else {
                unchanged++;
            }
        }
        FileIngest result = new FileIngest(source.division(), source.season(), source.uri().toString(), source.sha256(),
                inserts.size(), updates.size(), unchanged, file.rejected().size(), issueCount(file));
        if (!result.changedAnything() && alreadyRecorded(file)) {
            return result;   // The same bytes read the same way: nothing to write, not even a timestamp.
        }
        Timestamp now = Timestamp.from(clock.instant());
        insertMatches(inserts, source, now);
        updateMatches(updates, updateIds, source, now);
        writeOdds(inserts, updates, updateIds, source);
        replaceQuarantine(file, now);
        replaceIssues(file, now);
        recordSource(file, now);
        return result;
    }

    /** The same bytes read the same way: a database written by an older reading (other rules) is rewritten. */
    private boolean alreadyRecorded(ParsedFile file) {
        List<int[]> recorded = jdbc.query("select quarantined, field_issues from source_file where url = ? and sha256 = ?",
                (rs, i) -> new int[]{rs.getInt(1), rs.getInt(2)}, file.source().uri().toString(), file.source().sha256());
        return recorded.size() == 1 && recorded.get(0)[0] == file.rejected().size()
                && recorded.get(0)[1] == issueCount(file);
    }

    private static int issueCount(ParsedFile file) {
        return file.matches().stream().mapToInt(m -> m.issues().size()).sum();
    }

    private void insertMatches(List<ParsedMatch> rows, SourceFile source, Timestamp now) {
        jdbc.batchUpdate(INSERT_MATCH, rows, 500, (ps, row) -> {
            bindMatch(ps, row, source, now);
            ps.setTimestamp(30, now);
        });
    }

    private void updateMatches(List<ParsedMatch> rows, List<Long> ids, SourceFile source, Timestamp now) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> deletes = ids.stream().map(id -> new Object[]{id}).toList();
        jdbc.batchUpdate("delete from match_prices where match_id = ?", deletes);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            positions.add(i);
        }
        jdbc.batchUpdate(UPDATE_MATCH, positions, 500, (ps, i) -> {
            bindMatch(ps, rows.get(i), source, now);
            ps.setLong(30, ids.get(i));
        });
    }

    private void bindMatch(PreparedStatement ps, ParsedMatch row, SourceFile source, Timestamp now) throws SQLException {
        Match m = row.match();
        MatchStats s = m.stats();
        ps.setString(1, m.division().code());
        ps.setString(2, m.season().label());
        ps.setObject(3, m.date());
        ps.setObject(4, m.kickoff(), Types.TIME);
        ps.setString(5, m.home().name());
        ps.setString(6, m.away().name());
        ps.setInt(7, m.fullTime().home());
        ps.setInt(8, m.fullTime().away());
        ps.setString(9, String.valueOf(m.result().code()));
        setInt(ps, 10, m.halfTime() == null ? null : m.halfTime().home());
        setInt(ps, 11, m.halfTime() == null ? null : m.halfTime().away());
        ps.setString(12, m.referee());
        Integer[] stats = {s.homeShots(), s.awayShots(), s.homeShotsOnTarget(), s.awayShotsOnTarget(),
            s.homeCorners(), s.awayCorners(), s.homeFouls(), s.awayFouls(), s.homeYellow(), s.awayYellow(),
            s.homeRed(), s.awayRed()};
        for (int i = 0; i < stats.length; i++) {
            setInt(ps, 13 + i, stats[i]);
        }
        ps.setString(25, m.extra().isEmpty() ? null : toJson(m.extra()));
        ps.setString(26, row.rowHash());
        ps.setString(27, source.uri().toString());
        ps.setInt(28, row.line());
        ps.setTimestamp(29, now);
    }

    private void writeOdds(List<ParsedMatch> inserts, List<ParsedMatch> updates, List<Long> updateIds, SourceFile source) {
        if (inserts.isEmpty() && updates.isEmpty()) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        if (!inserts.isEmpty()) {
            jdbc.query("select id, match_date, home_team, away_team from matches where division = ? and season = ?",
                    rs -> {
                        ids.put(key(rs.getDate(2).toLocalDate().toString(), rs.getString(3), rs.getString(4)), rs.getLong(1));
                    }, source.division().code(), source.season().label());
        }
        List<PriceRow> prices = new ArrayList<>();
        for (int i = 0; i < inserts.size() + updates.size(); i++) {
            boolean inserted = i < inserts.size();
            Match m = inserted ? inserts.get(i).match() : updates.get(i - inserts.size()).match();
            long id = inserted ? ids.get(key(m)) : updateIds.get(i - inserts.size());
            PriceTable.rows(m.odds()).forEach((bookmaker, values) -> prices.add(new PriceRow(id, bookmaker, values)));
        }
        jdbc.batchUpdate("insert into match_prices (match_id, " + PriceTable.COLUMNS + ") values ("
                + "?, ".repeat(PriceTable.WIDTH + 1) + "?)", prices, 1000, (ps, row) -> {
                    ps.setLong(1, row.matchId());
                    ps.setString(2, row.bookmaker());
                    for (int c = 0; c < PriceTable.WIDTH; c++) {
                        Double v = row.values()[c];
                        if (v == null) {
                            ps.setNull(3 + c, Types.DOUBLE);
                        } else {
                            ps.setDouble(3 + c, v);
                        }
                    }
                });
    }

    private void replaceQuarantine(ParsedFile file, Timestamp now) {
        SourceFile source = file.source();
        jdbc.update("delete from quarantine where source_url = ?", source.uri().toString());
        List<Object[]> rows = file.rejected().stream().map(r -> new Object[]{source.uri().toString(),
            source.division().code(), source.season().label(), r.line(), r.rawLine(), r.reason(), now}).toList();
        jdbc.batchUpdate("insert into quarantine (source_url, division, season, line_number, raw_line, reason, quarantined_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Like the quarantine, a file's field issues are those of its latest reading. */
    private void replaceIssues(ParsedFile file, Timestamp now) {
        SourceFile source = file.source();
        jdbc.update("delete from data_issues where source_url = ?", source.uri().toString());
        List<Object[]> rows = new ArrayList<>();
        for (ParsedMatch parsed : file.matches()) {
            Match m = parsed.match();
            for (FieldIssue issue : parsed.issues()) {
                rows.add(new Object[]{source.uri().toString(), source.division().code(), source.season().label(),
                    parsed.line(), java.sql.Date.valueOf(m.date()), m.home().name(), m.away().name(), issue.column(),
                    issue.rawValue(), issue.reason(), now});
            }
        }
        jdbc.batchUpdate("insert into data_issues (source_url, division, season, line_number, match_date, home_team, "
                + "away_team, column_name, raw_value, reason, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void recordSource(ParsedFile file, Timestamp now) {
        SourceFile source = file.source();
        jdbc.update("delete from source_file where url = ?", source.uri().toString());
        jdbc.update("insert into source_file (url, division, season, sha256, match_count, quarantined, field_issues, "
                + "ingested_at) values (?, ?, ?, ?, ?, ?, ?, ?)", source.uri().toString(), source.division().code(),
                source.season().label(), source.sha256(), file.matches().size(), file.rejected().size(), issueCount(file),
                now);
    }

    private String toJson(Map<String, String> extra) {
        try {
            return json.writeValueAsString(extra);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string map always serialises", e);
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static String key(Match m) {
        return key(m.date().toString(), m.home().name(), m.away().name());
    }

    private static String key(String date, String home, String away) {
        return date + "|" + home + "|" + away;
    }
}
