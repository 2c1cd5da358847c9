package io.matchday.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.KillPoints;
import io.matchday.MatchdayException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * artifacts are added while it runs. A run carries its owner (host and process) and a heartbeat
 * its process renews; whoever looks at the runs next closes as {@code died} a run whose process
 * is gone (same host) or whose heartbeat is older than the lease (any host).
 */
public final class RunTracker {

    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Duration lease;
    private final String host = host();
    private final long pid = ProcessHandle.current().pid();
    private final java.util.Set<String> open = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile java.util.concurrent.ScheduledExecutorService heartbeat;

    public RunTracker(DataSource dataSource, ArtifactStore artifacts, Clock clock) {
        this(dataSource, artifacts, clock, Duration.ofSeconds(60));
    }

    /** @param lease how long a run's heartbeat may be silent before any node takes its process for dead */
    public RunTracker(DataSource dataSource, ArtifactStore artifacts, Clock clock, Duration lease) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.artifacts = artifacts;
        this.clock = clock;
        this.lease = lease;
    }

    /** What a run is about, known when it starts. */
    public record Start(String kind, String division, LocalDate windowStart, LocalDate windowEnd,
                        String dataFingerprint, String codeVersion, Map<String, Object> parameters,
                        Map<String, String> tags) { }

    public String start(Start start) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into runs (id, kind, status, started_at, division, window_start, window_end, data_fingerprint, "
                        + "code_version, parameters, tags, owner, heartbeat_at) values (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, start.kind(), now, start.division(), date(start.windowStart()),
                date(start.windowEnd()), start.dataFingerprint(), start.codeVersion(), write(start.parameters()),
                write(start.tags()), host + ":" + pid, now);
        open.add(id);
        beat();
        KillPoints.reach("run.started");
        return id;
    }

    /** Renews the heartbeat of this process's open runs, a third of a lease apart. */
    private void beat() {
        if (heartbeat == null) {
            synchronized (this) {
                if (heartbeat == null) {
                    heartbeat = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "run-heartbeat");
                        t.setDaemon(true);
                        return t;
                    });
                    long every = Math.max(1, lease.toMillis() / 3);
                    heartbeat.scheduleWithFixedDelay(this::renew, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    private void renew() {
        try {
            for (String id : open) {
                jdbc.update("update runs set heartbeat_at = ? where id = ? and status = 'running'",
                        Timestamp.from(clock.instant()), id);
            }
        } catch (RuntimeException e) {
            // The database is away: the next beat tries again; a lease is long enough to ride out a blip.
        }
    }

    /**
     * Closes as {@code died} the runs whose process is gone: on this host, a process that no longer runs; on any
     * host, a heartbeat older than the lease. Returns how many it closed.
     */
    public int closeAbandoned() {
        return closeAbandoned(jdbc.queryForList("select id, owner, heartbeat_at, started_at from runs where status = 'running'"));
    }

    private int closeAbandoned(List<Map<String, Object>> running) {
        Instant now = clock.instant();
        int closed = 0;
        for (var row : running) {
            String id = (String) row.get("id");
            String owner = (String) row.get("owner");
            Timestamp beat = (Timestamp) (row.get("heartbeat_at") != null ? row.get("heartbeat_at") : row.get("started_at"));
            String reason = null;
            if (owner != null && owner.startsWith(host + ":") && !open.contains(id)) {
                long ownerPid = Long.parseLong(owner.substring(host.length() + 1));
                if (ownerPid != pid && ProcessHandle.of(ownerPid).map(p -> !p.isAlive()).orElse(true)) {
                    reason = "its process " + owner + " stopped without ending it";
                }
            }
            if (reason == null && !open.contains(id) && beat.toInstant().plus(lease).isBefore(now)) {
                reason = "no heartbeat from " + (owner == null ? "its process" : owner) + " since " + beat.toInstant();
            }
            if (reason != null) {
                closed += jdbc.update("update runs set status = 'died', ended_at = ?, message = ? where id = ? and status = 'running'",
                        Timestamp.from(now), reason, id);
            }
        }
        return closed;
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
        open.remove(runId);
        int updated = jdbc.update("update runs set status = ?, ended_at = ?, message = ? where id = ? and status = 'running'",
                status, Timestamp.from(clock.instant()), message, runId);
        if (updated != 1) {
            throw new MatchdayException("run " + runId + " is not running");
        }
    }

    public List<Run> list() {
        closeAbandoned();
        return jdbc.query("select * from runs order by started_at desc, id", runMapper());
    }

    /** One run; if it is running, first closed as {@code died} when its process is gone (only it is looked at). */
    public Optional<Run> find(String runId) {
        closeAbandoned(jdbc.queryForList("select id, owner, heartbeat_at, started_at from runs where status = 'running' and id = ?",
                runId));
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

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
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
