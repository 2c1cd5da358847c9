package io.matchday.registry;

import io.matchday.MatchdayException;
import io.matchday.NotFoundException;
import io.matchday.models.Model;
import io.matchday.models.ModelCodec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registered models with numbered versions and the {@code champion} / {@code challenger} aliases.
 * Registering and moving an alias each happen in one transaction holding the model's row lock,
 * so concurrent writers — threads or nodes — serialise and every move is audited.
 */
public final class ModelRegistry {

    public static final String CHAMPION = "champion";
    public static final String CHALLENGER = "challenger";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ArtifactStore artifacts;
    private final ModelCodec codec = new ModelCodec();
    private final Clock clock;

    public ModelRegistry(DataSource dataSource, ArtifactStore artifacts, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.artifacts = artifacts;
        this.clock = clock;
    }

    /**
     * Saves the model (artifact first, so no version ever points at a missing file) and registers
     * it as the next version of {@code name}.
     */
    public ModelVersion register(String name, String runId, String trainer, Model model) {
        String sha = artifacts.put(codec.encode(model));
        createIfAbsent(name);
        int version = transaction.execute(status -> {
            lockModel(name);
            Integer max = jdbc.queryForObject("select max(version) from model_versions where model_name = ?", Integer.class, name);
            int next = max == null ? 1 : max + 1;
            jdbc.update("insert into model_versions (model_name, version, run_id, trainer, artifact_sha256, created_at) "
                    + "values (?, ?, ?, ?, ?, ?)", name, next, runId, trainer, sha, now());
            return next;
        });
        return version(name, version);
    }

    /** Points an alias at a version; {@code expectedCurrent} guards against a move someone else made first. */
    public void moveAlias(String name, String alias, int version, String reason, boolean forced) {
        transaction.executeWithoutResult(status -> {
            lockModel(name);
            version(name, version);
            Optional<Integer> current = alias(name, alias);
            if (current.isPresent() && current.get() == version) {
                return;
            }
            if (current.isPresent()) {
                jdbc.update("update model_aliases set version = ?, updated_at = ? where model_name = ? and alias = ?",
                        version, now(), name, alias);
            } else {
                jdbc.update("insert into model_aliases (model_name, alias, version, updated_at) values (?, ?, ?, ?)",
                        name, alias, version, now());
            }
            jdbc.update("insert into alias_audit (model_name, alias, from_version, to_version, reason, forced, changed_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", name, alias, current.orElse(null), version, reason, forced, now());
            if (alias.equals(CHAMPION)) {
                // A champion is no longer anybody's challenger.
                jdbc.update("delete from model_aliases where model_name = ? and alias = ? and version = ?", name, CHALLENGER, version);
                jdbc.update("update model_challengers set removed_at = ?, removed_reason = ? where model_name = ? and version = ? "
                        + "and removed_at is null", now(), "became champion: " + truncate(reason), name, version);
            }
        });
    }

    /** Moves the champion back to the version it pointed at before its last move. */
    public int rollback(String name, String reason) {
        Integer previous = transaction.execute(status -> {
            lockModel(name);
            List<Integer> from = jdbc.queryForList("select from_version from alias_audit where model_name = ? and alias = ? "
                    + "order by id desc", Integer.class, name, CHAMPION);
            if (from.isEmpty() || from.get(0) == null) {
                throw new MatchdayException("model " + name + " has no previous champion to roll back to");
            }
            return from.get(0);
        });
        moveAlias(name, CHAMPION, previous, reason, true);
        return previous;
    }

    /**
     * A version's standing in words: its gate decision, or — when it has none — {@code gate pending} while the run
     * that registered it still runs, {@code interrupted} when that run ended without a decision (its process died);
     * promoting an interrupted version sends it through the gate.
     */
    public String standing(ModelVersion version) {
        if (version.decision() != null) {
            return version.decision();
        }
        List<String> status = jdbc.queryForList("select status from runs where id = ?", String.class, version.runId());
        return !status.isEmpty() && status.get(0).equals("running") ? "gate pending"
                : "interrupted: the gate never decided (run " + (status.isEmpty() ? "missing" : status.get(0))
                + "); promote it to send it through the gate";
    }

    /**
     * Records the gate's decision and moves the alias it decided on, in one transaction: a version is never seen
     * with a decision its aliases do not follow.
     */
    public void decide(String name, int version, String decision, String alias, String reason) {
        transaction.executeWithoutResult(status -> {
            recordDecision(name, version, decision);
            moveAlias(name, alias, version, reason, false);
        });
    }

    public void recordDecision(String name, int version, String decision) {
        jdbc.update("update model_versions set decision = ? where model_name = ? and version = ?", truncate(decision), name,
                version);
    }

    public Optional<Integer> alias(String name, String alias) {
        return jdbc.queryForList("select version from model_aliases where model_name = ? and alias = ?", Integer.class,
                name, alias).stream().findFirst();
    }

    /** Every model's champion version in one query: what a serving node polls to notice a promotion. */
    public java.util.Map<String, Integer> champions() {
        java.util.Map<String, Integer> champions = new java.util.TreeMap<>();
        jdbc.query("select model_name, version from model_aliases where alias = ?",
                rs -> {
                    champions.put(rs.getString(1), rs.getInt(2));
                }, CHAMPION);
        return champions;
    }

    public Optional<ModelVersion> champion(String name) {
        return alias(name, CHAMPION).map(v -> version(name, v));
    }

    public ModelVersion version(String name, int version) {
        List<ModelVersion> found = versions(name).stream().filter(v -> v.version() == version).toList();
        if (found.isEmpty()) {
            throw new NotFoundException("model " + name + " has no version " + version);
        }
        return found.get(0);
    }

    public List<String> names() {
        return jdbc.queryForList("select name from registered_models order by name", String.class);
    }

    public List<ModelVersion> versions(String name) {
        List<ModelVersion> versions = new ArrayList<>();
        jdbc.query("select version, run_id, trainer, artifact_sha256, decision, created_at from model_versions "
                + "where model_name = ? order by version", rs -> {
                    int v = rs.getInt(1);
                    versions.add(new ModelVersion(name, v, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant(), aliasesOf(name, v)));
                }, name);
        return versions;
    }

    public List<AliasChange> audit(String name) {
        return jdbc.query("select alias, from_version, to_version, reason, forced, changed_at from alias_audit "
                + "where model_name = ? order by id", (rs, i) -> new AliasChange(name, rs.getString(1),
                (Integer) rs.getObject(2), rs.getInt(3), rs.getString(4), rs.getBoolean(5), rs.getTimestamp(6).toInstant()), name);
    }

    /** A version shadowing its model's champion on live traffic since {@code since}, and why. */
    public record Challenger(String model, int version, String trainer, java.time.Instant since, String reason) {
    }

    /**
     * Makes a version a challenger of its model's champion: it forecasts every request the champion serves, off the
     * request path, for a live comparison. Several may run; the champion itself cannot be one, nor can a version twice.
     */
    public Challenger challenge(String name, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new MatchdayException("a challenger needs a reason (it is kept in the audit)");
        }
        transaction.executeWithoutResult(status -> {
            lockModel(name);
            version(name, version);
            if (alias(name, CHAMPION).filter(c -> c == version).isPresent()) {
                throw new io.matchday.ConflictException("champion-not-challenger", "Already champion",
                        "version " + version + " of " + name + " is its champion: a challenger must be another version");
            }
            if (challengers(name).stream().anyMatch(c -> c.version() == version)) {
                throw new io.matchday.ConflictException("already-challenger", "Already a challenger",
                        "version " + version + " of " + name + " is a challenger already");
            }
            jdbc.update("insert into model_challengers (model_name, version, added_at, reason) values (?, ?, ?, ?)",
                    name, version, now(), truncate(reason));
        });
        return challengers(name).stream().filter(c -> c.version() == version).findFirst().orElseThrow();
    }

    /** Ends a version's shadowing; its shadow forecasts stay in the ledger. */
    public void unchallenge(String name, int version, String reason) {
        int ended = jdbc.update("update model_challengers set removed_at = ?, removed_reason = ? where model_name = ? "
                + "and version = ? and removed_at is null", now(), truncate(reason == null ? "" : reason), name, version);
        if (ended == 0) {
            throw new NotFoundException("not-challenger", "Not a challenger", "version " + version + " of " + name
                    + " is not a challenger");
        }
    }

    /** The model's challengers, oldest first. */
    public List<Challenger> challengers(String name) {
        return jdbc.query("select c.version, v.trainer, c.added_at, c.reason from model_challengers c join model_versions v "
                + "on v.model_name = c.model_name and v.version = c.version where c.model_name = ? and c.removed_at is null "
                + "order by c.id", (rs, i) -> new Challenger(name, rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                rs.getString(4)), name);
    }

    /** Every model's challenger versions in one query: what a serving node polls beside the champions. */
    public java.util.Map<String, List<Integer>> allChallengers() {
        java.util.Map<String, List<Integer>> all = new java.util.TreeMap<>();
        jdbc.query("select model_name, version from model_challengers where removed_at is null order by id",
                rs -> {
                    all.computeIfAbsent(rs.getString(1), n -> new ArrayList<>()).add(rs.getInt(2));
                });
        return all;
    }

    /** Text columns hold 2,000 characters. */
    private static String truncate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }

    /** Loads a registered version's model from the artifact store. */
    public Model load(ModelVersion version) {
        return codec.decode(artifacts.get(version.artifactSha256()));
    }

    private List<String> aliasesOf(String name, int version) {
        return jdbc.queryForList("select alias from model_aliases where model_name = ? and version = ? order by alias",
                String.class, name, version);
    }

    /** Creates the model's row in a transaction of its own: a lost race is harmless there. */
    private void createIfAbsent(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
            throw new MatchdayException("model name must be lower-case letters, digits, '.', '_' or '-': '" + name + "'");
        }
        try {
            jdbc.update("insert into registered_models (name, created_at) select ?, ? where not exists "
                    + "(select 1 from registered_models where name = ?)", name, now(), name);
        } catch (DuplicateKeyException raced) {
            // Another writer created it at the same moment: it exists, which is all we need.
        }
    }

    /** Locks the model's row for the rest of the transaction; writers of one model take turns. */
    private void lockModel(String name) {
        if (jdbc.queryForList("select name from registered_models where name = ? for update", String.class, name).isEmpty()) {
            throw new NotFoundException("no registered model " + name);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
