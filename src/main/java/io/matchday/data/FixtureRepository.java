package io.matchday.data;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Upcoming fixtures, replaced whole at each refresh (in one transaction). */
public final class FixtureRepository {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public FixtureRepository(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public void replace(List<Fixture> fixtures, Instant loadedAt) {
        List<Fixture> unique = fixtures.stream().collect(java.util.stream.Collectors.toMap(
                f -> f.division() + "|" + f.date() + "|" + f.home() + "|" + f.away(), f -> f, (a, b) -> b,
                java.util.LinkedHashMap::new)).values().stream().toList();
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from fixtures");
            jdbc.batchUpdate("insert into fixtures (division, match_date, home_team, away_team, odds_home, odds_draw, "
                    + "odds_away, loaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", unique, 500, (ps, f) -> {
                        var p = f.odds().averageOpening();
                        ps.setString(1, f.division().code());
                        ps.setDate(2, Date.valueOf(f.date()));
                        ps.setString(3, f.home().name());
                        ps.setString(4, f.away().name());
                        ps.setObject(5, p.map(OutcomePrices::home).orElse(null));
                        ps.setObject(6, p.map(OutcomePrices::draw).orElse(null));
                        ps.setObject(7, p.map(OutcomePrices::away).orElse(null));
                        ps.setTimestamp(8, Timestamp.from(loadedAt));
                    });
        });
    }

    /** Fixtures on or after {@code from}, by date. */
    public List<Fixture> upcoming(LocalDate from) {
        return jdbc.query("select division, match_date, home_team, away_team, odds_home, odds_draw, odds_away from fixtures "
                + "where match_date >= ? order by match_date, division, home_team", FixtureRepository::fixture, Date.valueOf(from));
    }

    /** Fixtures whose result is not stored yet (whatever their date: a snapshot may be older than today), by date. */
    public List<Fixture> unsettled() {
        return jdbc.query("select f.division, f.match_date, f.home_team, f.away_team, f.odds_home, f.odds_draw, f.odds_away "
                + "from fixtures f where not exists (select 1 from matches m where m.division = f.division "
                + "and m.match_date = f.match_date and m.home_team = f.home_team and m.away_team = f.away_team) "
                + "order by f.match_date, f.division, f.home_team", FixtureRepository::fixture);
    }

    private static Fixture fixture(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        double h = rs.getDouble(5);
        boolean priced = !rs.wasNull();
        Odds odds = priced ? new Odds(Map.of("Avg", new OutcomePrices(h, rs.getDouble(6), rs.getDouble(7))),
                Map.of(), List.of(), List.of()) : Odds.NONE;
        return new Fixture(Division.of(rs.getString(1)), rs.getDate(2).toLocalDate(), new Team(rs.getString(3)),
                new Team(rs.getString(4)), odds);
    }
}
