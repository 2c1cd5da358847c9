package io.matchday.jobs;

import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.monitoring.MonitoringConfig;
import io.matchday.monitoring.MonitoringResult;
import io.matchday.monitoring.AlertKind;
import io.matchday.monitoring.AlertStore;
import io.matchday.monitoring.MonitoringService;
import io.matchday.monitoring.Performance;
import io.matchday.registry.ModelTraining;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Automated retraining. {@link #evaluate} reads the triggers from monitoring (performance against
 * the validation RPS and the market, drift, days since training, new settled matches);
 * {@link #start} runs the pipeline — snapshot, train a candidate, backtest it and the champion on
 * the same recent season, the promotion gate, promote or keep as challenger — under a
 * cluster-wide per-model lock (a row in {@code retraining_lock}), recording every run. A failure
 * anywhere leaves the champion as it was and is recorded.
 */
public final class RetrainingPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(RetrainingPipeline.class);

    private final JdbcTemplate jdbc;
    private final MonitoringService monitoring;
    private final Function<ModelTraining.Request, ModelTraining.Outcome> training;
    private final RetrainingConfig config;
    private final Clock clock;
    private final String node;

    public RetrainingPipeline(DataSource dataSource, MonitoringService monitoring,
                              Function<ModelTraining.Request, ModelTraining.Outcome> training, RetrainingConfig config,
                              Clock clock, String node) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.monitoring = monitoring;
        this.training = training;
        this.config = config;
        this.clock = clock;
        this.node = node;
    }

    public RetrainingConfig config() {
        return config;
    }

    /** Every trigger as it stands now. */
    public List<Trigger> evaluate(Division division, String model) {
        MonitoringResult m = monitoring.measure(division, model);
        MonitoringConfig mc = monitoring.config();
        Performance p = m.performance();
        List<Trigger> triggers = new ArrayList<>();
        boolean judged = p.judged(mc.minSettled());
        Double vsValidation = judged && m.validationRps() != null ? p.champion().rps() - m.validationRps() : null;
        triggers.add(new Trigger("performance", vsValidation != null && vsValidation > mc.rpsDegradation(), vsValidation,
                mc.rpsDegradation(), judged ? String.format(Locale.ROOT, "rolling RPS %.4f over %d matches vs validation %s",
                p.champion().rps(), p.matches(), m.validationRps() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", m.validationRps()))
                : "only " + p.settledSinceTraining() + " settled matches since training (" + mc.minSettled() + " needed)"));
        Double vsMarket = judged ? p.champion().rps() - p.market().rps() : null;
        triggers.add(new Trigger("performance-vs-market", vsMarket != null && vsMarket > mc.marketGap(), vsMarket, mc.marketGap(),
                judged ? String.format(Locale.ROOT, "rolling RPS %.4f vs market %.4f", p.champion().rps(), p.market().rps()) : "not judged yet"));
        triggers.add(new Trigger("drift", m.drift().driftShare() > mc.driftShare(), m.drift().driftShare(), mc.driftShare(),
                m.drift().features().stream().filter(f -> f.drifted()).map(f -> f.feature()).collect(Collectors.joining(", "))));
        triggers.add(new Trigger("age", m.daysSinceTraining() > config.maxDaysSinceTraining(), (double) m.daysSinceTraining(),
                (double) config.maxDaysSinceTraining(), m.daysSinceTraining() + " days since the last training match"));
        triggers.add(new Trigger("new-data", p.settledSinceTraining() >= config.newMatches(), (double) p.settledSinceTraining(),
                (double) config.newMatches(), p.settledSinceTraining() + " settled matches since training"));
        return triggers;
    }

    /**
     * The scheduled check: evaluates the triggers and retrains when one fires and the cool-down has
     * passed. Returns the run, or empty when nothing fired (or it is too soon).
     */
    public Optional<RetrainingRun> check(Division division, String model) {
        List<Trigger> triggers = evaluate(division, model);
        List<Trigger> fired = triggers.stream().filter(Trigger::fired).toList();
        if (fired.isEmpty()) {
            return Optional.empty();
        }
        double settled = triggers.stream().filter(t -> t.name().equals("new-data")).findFirst().map(Trigger::observed).orElse(0.0);
        if (settled == 0) {
            // Old data and nothing new: a refit would learn nothing; the data refresh is what is behind.
            LOG.info("retraining of {} triggered by {} but no match has settled since training", model, names(fired));
            return Optional.empty();
        }
        Optional<RetrainingRun> last = history(model, 1).stream().findFirst();
        if (last.isPresent() && last.get().startedAt().plus(config.cooldown()).isAfter(clock.instant())) {
            LOG.info("retraining of {} triggered by {} but within the cool-down", model, names(fired));
            return Optional.empty();
        }
        return Optional.of(run(division, model, describe(fired)));
    }

    /**
     * What a manual request records as its cause: the reason, with the triggers that fired unless it
     * is forced; empty when it is not forced and no trigger fires (then there is nothing to run).
     */
    public Optional<String> manualCause(Division division, String model, String reason, boolean force) {
        String why = "manual: " + reason;
        if (force) {
            return Optional.of(why);
        }
        List<String> fired = evaluate(division, model).stream().filter(Trigger::fired).map(Trigger::name).toList();
        return fired.isEmpty() ? Optional.empty() : Optional.of(why + "; triggers: " + fired);
    }

    /** Runs the pipeline now (a manual trigger: the reason stands in for the triggers). */
    public RetrainingRun run(Division division, String model, String why) {
        String id = acquire(model, why);
        return execute(id, division, model);
    }

    /**
     * Takes the model's lock and records the run as started, then returns its id; the caller runs
     * {@link #execute} (possibly on another thread). Throws {@link RetrainingBusyException} when a
     * run holds the lock.
     */
    public String acquire(String model, String why) {
        String id = io.matchday.Ids.next(clock.instant());
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.update("insert into retraining_lock (model_name, run_id, node, acquired_at) values (?, ?, ?, ?)",
                    model, id, node, now);
        } catch (DataIntegrityViolationException held) {
            var holder = jdbc.queryForList("select run_id, node from retraining_lock where model_name = ?", model);
            String running = holder.isEmpty() ? "unknown" : (String) holder.get(0).get("run_id");
            String where = holder.isEmpty() ? "unknown" : (String) holder.get(0).get("node");
            throw new RetrainingBusyException(model, running, where);
        }
        jdbc.update("insert into retraining_runs (id, model_name, node, started_at, status, triggers) values (?, ?, ?, ?, ?, ?)",
                id, model, node, now, "RUNNING", truncate(why, 2000));
        return id;
    }

    public RetrainingRun execute(String id, Division division, String model) {
        AlertStore alerts = monitoring.alerts();
        Map<String, String> labels = Map.of("division", division.code(), "model", model);
        try {
            // As of the pipeline's clock: in production every stored match; in a replay, none from its future.
            ModelTraining.Outcome outcome = training.apply(new ModelTraining.Request(division, config.trainer(), model, null,
                    config.margin(), java.time.LocalDate.now(clock)));
            var version = outcome.version().orElseThrow(() -> new MatchdayException("training registered no version"));
            String decision = version.decision() + " [data " + outcome.data().fingerprint().substring(0, 12) + ", "
                    + outcome.data().matches().size() + " matches, run " + outcome.runId() + "]";
            finish(id, outcome.decision().map(d -> d.promote() ? "PROMOTED" : "CHALLENGER").orElse("REGISTERED"),
                    version.version(), decision, null);
            alerts.resolve(AlertKind.RETRAINING_FAILED, labels);
            if (outcome.decision().map(d -> d.promote()).orElse(true)) {
                alerts.resolve(AlertKind.PROMOTION_REFUSED, labels);
            } else {
                alerts.raise(AlertKind.PROMOTION_REFUSED, labels, model + " v" + version.version(),
                        "retraining " + id + ": the gate kept the champion; " + decision, null, null);
            }
        } catch (RuntimeException e) {
            LOG.warn("retraining {} of {} failed; the champion stays: {}", id, model, e.getMessage());
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            finish(id, "FAILED", null, null, message);
            alerts.raise(AlertKind.RETRAINING_FAILED, labels, model, "retraining " + id + " failed; the champion stays: "
                    + message, null, null);
        } finally {
            jdbc.update("delete from retraining_lock where model_name = ? and run_id = ?", model, id);
        }
        return find(id).orElseThrow();
    }

    public Optional<RetrainingRun> running(String model) {
        return jdbc.queryForList("select run_id from retraining_lock where model_name = ?", String.class, model).stream()
                .findFirst().flatMap(this::find);
    }

    public List<RetrainingRun> history(String model, int limit) {
        return jdbc.query("select id, model_name, node, started_at, ended_at, status, triggers, candidate, decision, message "
                + "from retraining_runs where model_name = ? order by id desc limit ?", (rs, i) -> row(rs), model, limit);
    }

    public Optional<RetrainingRun> find(String id) {
        return jdbc.query("select id, model_name, node, started_at, ended_at, status, triggers, candidate, decision, message "
                + "from retraining_runs where id = ?", (rs, i) -> row(rs), id).stream().findFirst();
    }

    private void finish(String id, String status, Integer candidate, String decision, String message) {
        jdbc.update("update retraining_runs set ended_at = ?, status = ?, candidate = ?, decision = ?, message = ? where id = ?",
                Timestamp.from(clock.instant()), status, candidate, decision == null ? null : truncate(decision, 4000),
                message == null ? null : truncate(message, 2000), id);
    }

    private static RetrainingRun row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp ended = rs.getTimestamp(5);
        return new RetrainingRun(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                ended == null ? null : ended.toInstant(), rs.getString(6), rs.getString(7), (Integer) rs.getObject(8, Integer.class),
                rs.getString(9), rs.getString(10));
    }

    static String describe(List<Trigger> fired) {
        return fired.stream().map(t -> String.format(Locale.ROOT, "%s (%s > %s: %s)", t.name(), format(t.observed()),
                format(t.threshold()), t.detail())).collect(Collectors.joining("; "));
    }

    private static String names(List<Trigger> fired) {
        return fired.stream().map(Trigger::name).collect(Collectors.joining(", "));
    }

    private static String format(Double v) {
        return v == null ? "n/a" : v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    Instant now() {
        return clock.instant();
    }
}
