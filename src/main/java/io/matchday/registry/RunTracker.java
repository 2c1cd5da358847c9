package io.matchday.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.MatchdayException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Records runs in the database and their files in the artifact store. A run starts
 * {@code running}, and ends {@code finished} or {@code failed} with a message; metrics and
 * artifacts are added while it runs.
 */
public final class RunTracker {

    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public RunTracker(DataSource dataSource, ArtifactStore artifacts, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.artifacts = artifacts;
        this.clock = clock;
    }

    /** What a run is about, known when it starts. */
    public record Start(String kind, String division, LocalDate windowStart, LocalDate windowEnd,
                        String dataFingerprint, String codeVersion, Map<String, Object> parameters,
                        Map<String, String> tags) { }

    public String start(Start start) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into runs (id, kind, status, started_at, division, window_start, window_end, data_fingerprint, "
                        + "code_version, parameters, tags) values (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?)",
                id, start.kind(), Timestamp.from(clock.instant()), start.division(), date(start.windowStart()),
                date(start.windowEnd()), start.dataFingerprint(), start.codeVersion(), write(start.parameters()),
                write(start.tags()));
        return id;
    }

    public void logMetrics(String runId, List<RunMetric> metrics) {
        jdbc.batchUpdate("insert into run_metrics (run_id, name, step, label, metric) values (?, ?, ?, ?, ?)",
                metrics.stream().map(m -> new Object[]{runId, m.name(), m.step(), m.label(), m.value()}).toList());
    }

    public RunArtifact logArtifact(String runId, String name, String mediaType, byte[] content) {
        String sha = artifacts.put(content);
        jdbc.update("insert into run_artifacts (run_id, name, sha256, bytes, media_type) values (?, ?, ?, ?, ?)",
                runId, name, sha, (long) content.length, mediaType);
        return new RunArtifact(name, sha, content.length, mediaType);
    }

    public void finish(String runId) {
        end(runId, "finished", null);
    }

    public void fail(String runId, Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        end(runId, "failed", message.length() > 2000 ? message.substring(0, 2000) : message);
    }

    private void end(String runId, String status, String message) {
        int updated = jdbc.update("update runs set status = ?, ended_at = ?, message = ? where id = ? and status = 'running'",
                status, Timestamp.from(clock.instant()), message, runId);
        if (updated != 1) {
            throw new MatchdayException("run " + runId + " is not running");
        }
    }

    public List<Run> list() {
        return jdbc.query("select * from runs order by started_at desc, id", runMapper());
    }

    public Optional<Run> find(String runId) {
        return jdbc.query("select * from runs where id = ?", runMapper(), runId).stream().findFirst();
    }

    public List<RunMetric> metrics(String runId) {
        return jdbc.query("select name, step, label, metric from run_metrics where run_id = ? order by name, step",
                (rs, i) -> new RunMetric(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getDouble(4)), runId);
    }

    /** Final metrics of many runs in one query: run id → metric name → value (a listing's headline numbers). */
    public Map<String, Map<String, Double>> finalMetrics(List<String> runIds) {
        Map<String, Map<String, Double>> byRun = new java.util.HashMap<>();
        if (runIds.isEmpty()) {
            return byRun;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(runIds.size(), "?"));
        jdbc.query("select run_id, name, metric from run_metrics where step = " + RunMetric.FINAL + " and run_id in (" + marks + ")",
                rs -> {
                    byRun.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>()).put(rs.getString(2), rs.getDouble(3));
                }, runIds.toArray());
        return byRun;
    }

    public List<RunArtifact> artifacts(String runId) {
        return jdbc.query("select name, sha256, bytes, media_type from run_artifacts where run_id = ? order by name",
                (rs, i) -> new RunArtifact(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)), runId);
    }

    public byte[] artifact(RunArtifact artifact) {
        return artifacts.get(artifact.sha256());
    }

    private RowMapper<Run> runMapper() {
        return (rs, i) -> new Run(rs.getString("id"), rs.getString("kind"), rs.getString("status"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant(),
                rs.getString("division"),
                rs.getDate("window_start") == null ? null : rs.getDate("window_start").toLocalDate(),
                rs.getDate("window_end") == null ? null : rs.getDate("window_end").toLocalDate(),
                rs.getString("data_fingerprint"), rs.getString("code_version"),
                read(rs.getString("parameters"), new TypeReference<Map<String, Object>>() { }),
                read(rs.getString("tags"), new TypeReference<Map<String, String>>() { }), rs.getString("message"));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new MatchdayException("run parameters must be plain values: " + e.getMessage(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored run JSON is unreadable", e);
        }
    }
}
