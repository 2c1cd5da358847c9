package io.matchday.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DuckDB in memory as an independent reader of the Parquet files Matchday writes: their column types and rows. */
public final class Duck {

    private Duck() {
    }

    /** Column name → DuckDB's type for the file, in column order. */
    public static Map<String, String> columns(Path parquet) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (List<Object> row : query("describe select * from read_parquet('" + parquet + "')")) {
            columns.put((String) row.get(0), (String) row.get(1));
        }
        return columns;
    }

    public static long count(Path parquet) {
        return ((Number) query("select count(*) from read_parquet('" + parquet + "')").get(0).get(0)).longValue();
    }

    /** Every row of a query, each as its column values. */
    public static List<List<Object>> query(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError("DuckDB: " + sql, e);
        }
    }
}
