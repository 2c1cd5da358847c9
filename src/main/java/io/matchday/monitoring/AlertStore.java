package io.matchday.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.matchday.Ids;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alerts: raised and resolved by name and labels, kept in the shared database (a history row per raise, and one row
 * per alert identity while it is active), logged, and sent on: to Alertmanager's v2 API — at once by the process that
 * raised or resolved it, and again by every serving node every {@link AlertRouting#resend() interval} while active, as
 * Alertmanager expects — and as JSON to a webhook when one is configured. Two nodes raising the same alert write the
 * same row and send the same labels: Alertmanager sees one alert. A sink that fails is logged; nothing is lost.
 */
public final class AlertStore {

    private static final Logger LOG = LoggerFactory.getLogger(AlertStore.class);
    /** How long a resolved alert is still sent (with its end time), in case the first resolution was lost. */
    static final Duration RESOLVED_RESENT = Duration.ofMinutes(15);
    /** How long a resolved alert's row is kept before it is pruned. */
    private static final Duration KEPT = Duration.ofDays(1);
    private static final String SELECT_ACTIVE =
            "select alertname, labels, summary, generator_url, starts_at, ends_at from active_alerts ";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AlertRouting routing;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public AlertStore(DataSource dataSource, Clock clock, AlertRouting routing) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.routing = routing;
    }

    /**
     * Raises (or re-raises) an alert: {@code labels} (e.g. division, model, job; null values dropped) identify it
     * beside its kind; {@code subject} and {@code message} say what it is about in words.
     */
    public Alert raise(AlertKind kind, Map<String, String> labels, String subject, String message, Double observed,
                       Double threshold) {
        Instant now = clock.instant();
        String text = truncate(message, 2000);
        Alert alert = new Alert(Ids.next(now), now, kind.alertname(), kind.severity(), truncate(subject, 100), text, observed,
                threshold);
        jdbc.update("insert into alerts (id, raised_at, kind, severity, subject, message, observed, threshold) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", alert.id(), Timestamp.from(now), alert.kind(), alert.severity(),
                alert.subject(), text, observed, threshold);
        LOG.warn("ALERT {} {} on {}: {}", kind.severity(), kind.alertname(), subject, message);
        ActiveAlert active = activate(kind, identity(kind, labels), text, now);
        routing.alertmanager().ifPresent(am -> send(am, List.of(active), now));
        routing.webhook().ifPresent(uri -> post("alert webhook", uri, alert));
        return alert;
    }

    /** Resolves the alert of this kind and labels if it is active; sends the resolution on. True if it was active. */
    public boolean resolve(AlertKind kind, Map<String, String> labels) {
        Instant now = clock.instant();
        Map<String, String> identity = identity(kind, labels);
        String fingerprint = fingerprint(identity);
        int resolved = jdbc.update("update active_alerts set ends_at = ?, updated_at = ? where fingerprint = ? "
                + "and (ends_at is null or ends_at > ?)", Timestamp.from(now), Timestamp.from(now), fingerprint,
                Timestamp.from(now));
        if (resolved > 0) {
            LOG.info("resolved {} {}", kind.alertname(), labels);
            routing.alertmanager().ifPresent(am -> find(fingerprint).ifPresent(a -> send(am, List.of(a), now)));
        }
        return resolved > 0;
    }

    /** How often serving nodes re-send the active alerts. */
    public Duration resendInterval() {
        return routing.resend();
    }

    /** The alerts active now, oldest first. */
    public List<ActiveAlert> active() {
        return activeAfter(clock.instant());
    }

    /**
     * Sends every active alert, and those resolved in the last 15 minutes, to
     * Alertmanager; prunes rows resolved long ago. Returns how many were sent (0 without Alertmanager).
     */
    public int resend() {
        Instant now = clock.instant();
        jdbc.update("delete from active_alerts where ends_at < ?", Timestamp.from(now.minus(KEPT)));
        if (routing.alertmanager().isEmpty()) {
            return 0;
        }
        List<ActiveAlert> due = activeAfter(now.minus(RESOLVED_RESENT));
        if (!due.isEmpty()) {
            send(routing.alertmanager().get(), due, now);
        }
        return due.size();
    }

    public List<Alert> recent(int limit) {
        return jdbc.query("select id, raised_at, kind, severity, subject, message, observed, threshold from alerts "
                + "order by id desc limit ?", (rs, i) -> new Alert(rs.getString(1), rs.getTimestamp(2).toInstant(),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), (Double) rs.getObject(7, Double.class),
                (Double) rs.getObject(8, Double.class)), limit);
    }

    /** Upserts the alert's row: a new or resolved alert starts now; an active one keeps its start. */
    private ActiveAlert activate(AlertKind kind, Map<String, String> identity, String summary, Instant now) {
        String fingerprint = fingerprint(identity);
        Timestamp ends = kind.lasts().map(d -> Timestamp.from(now.plus(d))).orElse(null);
        String url = generatorUrl(kind, identity);
        Object[] update = {summary, url, ends, Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), fingerprint};
        String updating = "update active_alerts set summary = ?, generator_url = ?, ends_at = ?, updated_at = ?, "
                + "starts_at = case when ends_at is not null and ends_at <= ? then ? else starts_at end where fingerprint = ?";
        if (jdbc.update(updating, update) == 0) {
            try {
                jdbc.update("insert into active_alerts (fingerprint, alertname, labels, severity, summary, generator_url, "
                        + "starts_at, ends_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", fingerprint, kind.alertname(),
                        labelsJson(identity), kind.severity(), summary, url, Timestamp.from(now), ends, Timestamp.from(now));
            } catch (DuplicateKeyException raced) {
                // another node raised the same alert between our update and insert: its row is ours too
                jdbc.update(updating, update);
            }
        }
        return find(fingerprint).orElseThrow();
    }

    /** Alerts still active at {@code t} (no end, or an end after it), oldest first. */
    private List<ActiveAlert> activeAfter(Instant t) {
        return jdbc.query(SELECT_ACTIVE + "where ends_at is null or ends_at > ? order by starts_at, fingerprint",
                (rs, i) -> active(rs), Timestamp.from(t));
    }

    private Optional<ActiveAlert> find(String fingerprint) {
        return jdbc.query(SELECT_ACTIVE + "where fingerprint = ?", (rs, i) -> active(rs), fingerprint).stream().findFirst();
    }

    private ActiveAlert active(ResultSet rs) throws SQLException {
        Timestamp ends = rs.getTimestamp(6);
        return new ActiveAlert(rs.getString(1), labelsOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), ends == null ? null : ends.toInstant());
    }

    /** The alert's labels as Alertmanager gets them: its name, severity and the given labels (sorted, no nulls). */
    static Map<String, String> identity(AlertKind kind, Map<String, String> labels) {
        Map<String, String> identity = new TreeMap<>();
        labels.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                identity.put(k, v);
            }
        });
        identity.put("alertname", kind.alertname());
        identity.put("severity", kind.severity());
        return identity;
    }

    static String fingerprint(Map<String, String> identity) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            identity.forEach((k, v) -> sha.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String generatorUrl(AlertKind kind, Map<String, String> identity) {
        String base = routing.console().toString().replaceAll("/+$", "");
        return truncate(base + kind.page(identity), 500);
    }

    /**
     * Posts alerts to Alertmanager: an active one ends four resend intervals from now unless re-sent (its own end
     * when sooner: an event that lapses), a resolved one at its end.
     */
    private void send(URI alertmanager, List<ActiveAlert> alerts, Instant now) {
        List<Map<String, Object>> body = new ArrayList<>();
        Instant horizon = now.plus(routing.resend().multipliedBy(4));
        for (ActiveAlert a : alerts) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("labels", a.labels());
            one.put("annotations", Map.of("summary", a.summary()));
            one.put("startsAt", a.startsAt().toString());
            one.put("endsAt", (a.endsAt() == null || a.endsAt().isAfter(horizon) ? horizon : a.endsAt()).toString());
            one.put("generatorURL", a.generatorUrl());
            body.add(one);
        }
        post("Alertmanager", URI.create(alertmanager.toString().replaceAll("/+$", "") + "/api/v2/alerts"), body);
    }

    /** Posts {@code body} as JSON to a sink; a sink that fails or refuses is logged, never thrown. */
    private void post(String sink, URI uri, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                LOG.warn("{} {} answered {}: {}", sink, uri, response.statusCode(), response.body());
            }
        } catch (IOException e) {
            LOG.warn("{} {} failed: {}", sink, uri, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String labelsJson(Map<String, String> labels) {
        try {
            return json.writeValueAsString(labels);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> labelsOf(String text) {
        try {
            return json.readValue(text, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable alert labels " + text, e);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
