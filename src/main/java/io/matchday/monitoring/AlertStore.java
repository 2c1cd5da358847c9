package io.matchday.monitoring;

import io.matchday.Ids;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alerts: stored, logged, and posted as JSON to a webhook when one is configured. A webhook that
 * fails is logged; the alert stays stored either way.
 */
public final class AlertStore {

    private static final Logger LOG = LoggerFactory.getLogger(AlertStore.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Optional<URI> webhook;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public AlertStore(DataSource dataSource, Clock clock, Optional<URI> webhook) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.webhook = webhook;
    }

    public Alert raise(String kind, String severity, String subject, String message, Double observed, Double threshold) {
        Alert alert = new Alert(Ids.next(clock.instant()), clock.instant(), kind, severity, subject,
                message.length() > 2000 ? message.substring(0, 2000) : message, observed, threshold);
        jdbc.update("insert into alerts (id, raised_at, kind, severity, subject, message, observed, threshold) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", alert.id(), Timestamp.from(alert.raisedAt()), kind, severity, subject,
                alert.message(), observed, threshold);
        LOG.warn("ALERT {} {} on {}: {}", severity, kind, subject, message);
        webhook.ifPresent(uri -> post(uri, alert));
        return alert;
    }

    public List<Alert> recent(int limit) {
        return jdbc.query("select id, raised_at, kind, severity, subject, message, observed, threshold from alerts "
                + "order by id desc limit ?", (rs, i) -> new Alert(rs.getString(1), rs.getTimestamp(2).toInstant(),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), (Double) rs.getObject(7, Double.class),
                (Double) rs.getObject(8, Double.class)), limit);
    }

    private void post(URI uri, Alert alert) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(alert))).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300) {
                LOG.warn("alert webhook {} answered {}", uri, response.statusCode());
            }
        } catch (java.io.IOException e) {
            LOG.warn("alert webhook {} failed: {}", uri, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
