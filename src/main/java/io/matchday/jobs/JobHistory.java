package io.matchday.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code job_runs} table: every execution of every job, on any node. */
public final class JobHistory {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JobHistory(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** @param scheduledFor the execution time the scheduler ran it for; null for runs outside the scheduler */
    public String started(String job, String node, String trigger, java.time.Instant scheduledFor) {
        String id = io.matchday.Ids.next(clock.instant());
        jdbc.update("insert into job_runs (id, job, node, trigger, scheduled_for, started_at, status) values (?, ?, ?, ?, ?, ?, ?)",
                id, job, node, trigger, scheduledFor == null ? null : Timestamp.from(scheduledFor), Timestamp.from(clock.instant()),
                "RUNNING");
        return id;
    }

    public void ended(String id, String status, String message) {
        jdbc.update("update job_runs set ended_at = ?, status = ?, message = ? where id = ?", Timestamp.from(clock.instant()),
                status, message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message, id);
    }

    /** Closes the runs of {@code job} a dead node left open. */
    public void died(String job, String node) {
        jdbc.update("update job_runs set ended_at = ?, status = ?, message = ? where job = ? and node = ? and status = ?",
                Timestamp.from(clock.instant()), "DIED", "the node stopped heartbeating; the run was taken over", job, node,
                "RUNNING");
    }

    public List<JobRun> recent(Optional<String> job, int limit) {
        String where = job.isPresent() ? " where job = ?" : "";
        Object[] args = job.isPresent() ? new Object[]{job.get(), limit} : new Object[]{limit};
        return jdbc.query("select id, job, node, trigger, scheduled_for, started_at, ended_at, status, message from job_runs" + where
                + " order by id desc limit ?", (rs, i) -> {
                    Timestamp scheduled = rs.getTimestamp(5);
                    Timestamp ended = rs.getTimestamp(7);
                    return new JobRun(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            scheduled == null ? null : scheduled.toInstant(), rs.getTimestamp(6).toInstant(),
                            ended == null ? null : ended.toInstant(), rs.getString(8), rs.getString(9));
                }, args);
    }

    public Optional<JobRun> last(String job) {
        return recent(Optional.of(job), 1).stream().findFirst();
    }
}
