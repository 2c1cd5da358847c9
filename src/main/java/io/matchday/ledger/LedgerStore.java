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

/** The {@code predictions} table: batch appends (plain or idempotent for replays) and paged reads. */
public final class LedgerStore {

    private static final String COLUMNS = "id, served_at, node, model_name, model_version, division, match_date, "
            + "home_team, away_team, odds_home, odds_draw, odds_away, p_home, p_draw, p_away, "
            + "expected_home_goals, expected_away_goals";
    private static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

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
        Long n = jdbc.queryForObject("select count(*) from predictions", Long.class);
        return n == null ? 0 : n;
    }

    public LedgerPage find(LedgerQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
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
                rs.getDouble(15), nullable(rs, 16), nullable(rs, 17));
    }

    private static Double nullable(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }
}
