package io.matchday.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code background_work} table: every piece of work, its state and progress, readable from every node. */
final class WorkStore {

    /** A row as stored; {@code request} and {@code summary} are JSON. */
    record Row(String id, BackgroundWork.Kind kind, String title, String request, BackgroundWork.State state, int done, int total,
               String node, int attempts, Instant submittedAt, Instant startedAt, Instant endedAt, String error, String summary,
               String runId, String resultSha256, boolean cancelRequested) {
    }

    private static final String COLUMNS = "id, kind, title, request, state, done, total, node, attempts, submitted_at, "
            + "started_at, ended_at, error, summary, run_id, result_sha256, cancel_requested";

    private final JdbcTemplate jdbc;

    WorkStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    void insert(String id, BackgroundWork.Kind kind, String title, String request, int total, Instant at, String runId) {
        jdbc.update("insert into background_work (id, kind, title, request, state, done, total, attempts, submitted_at, run_id, "
                + "cancel_requested) values (?, ?, ?, ?, 'QUEUED', 0, ?, 0, ?, ?, false)", id, kind.name(), clip(title, 500), request,
                total, Timestamp.from(at), runId);
    }

    Optional<Row> find(String id) {
        return jdbc.query("select " + COLUMNS + " from background_work where id = ?", WorkStore::row, id).stream().findFirst();
    }

    List<Row> recent(Optional<BackgroundWork.Kind> kind, int limit) {
        return kind.isPresent()
                ? jdbc.query("select " + COLUMNS + " from background_work where kind = ? order by id desc limit ?", WorkStore::row,
                        kind.get().name(), limit)
                : jdbc.query("select " + COLUMNS + " from background_work order by id desc limit ?", WorkStore::row, limit);
    }

    /** Takes the work for {@code node} (again, after a dead node); false when it was cancelled or has ended. */
    boolean claim(String id, String node, Instant at) {
        return jdbc.update("update background_work set state = 'RUNNING', node = ?, attempts = attempts + 1, done = 0, "
                + "started_at = ? where id = ? and state in ('QUEUED', 'RUNNING') and cancel_requested = false",
                clip(node, 200), Timestamp.from(at), id) == 1;
    }

    /** How many of a kind run now, on any node, apart from {@code id}. */
    int running(BackgroundWork.Kind kind, String id) {
        Integer n = jdbc.queryForObject("select count(*) from background_work where kind = ? and state = 'RUNNING' and id <> ?",
                Integer.class, kind.name(), id);
        return n == null ? 0 : n;
    }

    void progress(String id, int done, int total) {
        jdbc.update("update background_work set done = ?, total = ? where id = ?", done, total, id);
    }

    void runId(String id, String runId) {
        jdbc.update("update background_work set run_id = ? where id = ?", runId, id);
    }

    /** Ends the work; an earlier note (a dead node's) stays when there is no error to record. */
    void finish(String id, BackgroundWork.State state, String error, String summary, String resultSha256, Instant at) {
        jdbc.update("update background_work set state = ?, error = coalesce(cast(? as varchar(2000)), error), summary = ?, "
                + "result_sha256 = ?, ended_at = ? where id = ?",
                state.name(), clip(error, 2000), summary, resultSha256, Timestamp.from(at), id);
    }

    /** Asks queued or running work to stop: queued work is cancelled on the spot. False when it had ended. */
    boolean requestCancel(String id, Instant at) {
        if (jdbc.update("update background_work set state = 'CANCELLED', cancel_requested = true, ended_at = ? "
                + "where id = ? and state = 'QUEUED'", Timestamp.from(at), id) == 1) {
            return true;
        }
        return jdbc.update("update background_work set cancel_requested = true where id = ? and state = 'RUNNING'", id) == 1;
    }

    boolean cancelRequested(String id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select cancel_requested from background_work where id = ?",
                Boolean.class, id));
    }

    /** The node running it died: noted on the row; the work runs again on another node, or ends as DIED. */
    void died(String id, String node, boolean again, Instant at) {
        String note = "its node " + node + " died" + (again ? "; running it again" : "");
        if (again) {
            jdbc.update("update background_work set error = ? where id = ?", clip(note, 2000), id);
        } else {
            jdbc.update("update background_work set state = 'DIED', error = ?, ended_at = ? where id = ? and ended_at is null",
                    clip(note, 2000), Timestamp.from(at), id);
        }
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getString(1), BackgroundWork.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                BackgroundWork.State.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getInt(9),
                instant(rs, 10), instant(rs, 11), instant(rs, 12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), rs.getBoolean(17));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
