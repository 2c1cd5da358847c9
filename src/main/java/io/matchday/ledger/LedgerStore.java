package io.matchday.ledger;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code predictions} table: batch appends (plain or idempotent for replays), paged reads of the forecasts served,
 * and the settled pairs of a champion's forecasts with a challenger's shadow forecasts of the same requests.
 */
public final class LedgerStore {

    private static final String COLUMNS = "id, served_at, node, model_name, model_version, division, match_date, "
            + "home_team, away_team, odds_home, odds_draw, odds_away, p_home, p_draw, p_away, "
            + "expected_home_goals, expected_away_goals, shadow_of";
    private static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private final JdbcTemplate jdbc;

    public LedgerStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Appends rows in one batch; fails as a whole if any id is already stored. */
    public void append(List<ServedPrediction> rows) {
        jdbc.batchUpdate("insert into predictions (" + COLUMNS + ") values (" + PLACEHOLDERS + ")", rows, 500,
                LedgerStore::bind);
    }

    /**
     * Appends the rows not stored yet, so replaying a batch that partly landed before is harmless.
     * Ids are made by the node that spools them and only that node replays them, so there is no race.
     */
    public int appendMissing(List<ServedPrediction> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        java.util.Set<String> stored = new java.util.HashSet<>();
        for (int from = 0; from < rows.size(); from += 500) {
            List<ServedPrediction> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            stored.addAll(jdbc.queryForList("select id from predictions where id in (" + marks + ")", String.class,
                    chunk.stream().map(ServedPrediction::id).toArray()));
        }
        List<ServedPrediction> missing = rows.stream().filter(r -> !stored.contains(r.id())).toList();
        append(missing);
        return missing.size();
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from predictions where shadow_of is null", Long.class);
        return n == null ? 0 : n;
    }

    public LedgerPage find(LedgerQuery query) {
        // Shadow forecasts were never served: the ledger's pages are what clients were told.
        StringBuilder where = new StringBuilder(" where shadow_of is null");
        List<Object> args = new ArrayList<>();
        query.from().ifPresent(d -> {
            where.append(" and match_date >= ?");
            args.add(Date.valueOf(d));
        });
        query.to().ifPresent(d -> {
            where.append(" and match_date <= ?");
            args.add(Date.valueOf(d));
        });
        query.team().ifPresent(t -> {
            where.append(" and (home_team = ? or away_team = ?)");
            args.add(t);
            args.add(t);
        });
        query.model().ifPresent(m -> {
            where.append(" and model_name = ?");
            args.add(m);
        });
        Long total = jdbc.queryForObject("select count(*) from predictions" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<ServedPrediction> rows = jdbc.query("select " + COLUMNS + " from predictions" + where
                + " order by id desc limit ? offset ?", (rs, i) -> read(rs), pageArgs.toArray());
        return new LedgerPage(rows, query.page(), query.size(), total == null ? 0 : total);
    }

    /**
     * A champion's forecast and a challenger's shadow forecast of the same request, with the match's result ({@code H},
     * {@code D} or {@code A}).
     */
    public record SettledPair(java.time.LocalDate matchDate, String homeTeam, String awayTeam,
                              double[] champion, double[] challenger, char result) {
    }

    /**
     * The settled pairs of {@code model}'s champion {@code championVersion} and its challenger {@code challengerVersion}:
     * one per match (the last request served for it: many requests for one match are one piece of evidence), in the
     * order the matches were played.
     */
    public List<SettledPair> settledPairs(String model, int championVersion, int challengerVersion) {
        List<SettledPair> all = jdbc.query("select c.match_date, c.home_team, c.away_team, c.p_home, c.p_draw, c.p_away, "
                + "s.p_home, s.p_draw, s.p_away, m.result from predictions s join predictions c on c.id = s.shadow_of "
                + "join matches m on m.division = c.division and m.match_date = c.match_date and m.home_team = c.home_team "
                + "and m.away_team = c.away_team where s.model_name = ? and s.model_version = ? and c.model_name = ? "
                + "and c.model_version = ? order by c.match_date, c.home_team, c.id",
                (rs, i) -> new SettledPair(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
                        new double[]{rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)},
                        new double[]{rs.getDouble(7), rs.getDouble(8), rs.getDouble(9)}, rs.getString(10).charAt(0)),
                model, challengerVersion, model, championVersion);
        java.util.Map<String, SettledPair> lastPerMatch = new java.util.LinkedHashMap<>();
        all.forEach(p -> lastPerMatch.put(p.matchDate() + "|" + p.homeTeam() + "|" + p.awayTeam(), p));
        return List.copyOf(lastPerMatch.values());
    }

    /** Shadow forecasts a challenger version has recorded, settled or not. */
    public long shadowForecasts(String model, int version) {
        Long n = jdbc.queryForObject("select count(*) from predictions where model_name = ? and model_version = ? "
                + "and shadow_of is not null", Long.class, model, version);
        return n == null ? 0 : n;
    }

    private static void bind(PreparedStatement ps, ServedPrediction row) throws SQLException {
        ps.setString(1, row.id());
        ps.setTimestamp(2, Timestamp.from(row.servedAt()));
        ps.setString(3, row.node());
        ps.setString(4, row.modelName());
        ps.setInt(5, row.modelVersion());
        ps.setString(6, row.division());
        ps.setDate(7, Date.valueOf(row.matchDate()));
        ps.setString(8, row.homeTeam());
        ps.setString(9, row.awayTeam());
        setNullable(ps, 10, row.oddsHome());
        setNullable(ps, 11, row.oddsDraw());
        setNullable(ps, 12, row.oddsAway());
        ps.setDouble(13, row.home());
        ps.setDouble(14, row.draw());
        ps.setDouble(15, row.away());
        setNullable(ps, 16, row.expectedHomeGoals());
        setNullable(ps, 17, row.expectedAwayGoals());
        ps.setString(18, row.shadowOf());
    }

    private static void setNullable(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static ServedPrediction read(ResultSet rs) throws SQLException {
        return new ServedPrediction(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getInt(5), rs.getString(6), rs.getDate(7).toLocalDate(), rs.getString(8), rs.getString(9),
                nullable(rs, 10), nullable(rs, 11), nullable(rs, 12), rs.getDouble(13), rs.getDouble(14),
                rs.getDouble(15), nullable(rs, 16), nullable(rs, 17), rs.getString(18));
    }

    private static Double nullable(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }
}
