package io.matchday.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.matchday.MatchdayException;
import io.matchday.data.Division;
import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The latest projection of each division, shared by every node through the database. */
public final class ProjectionStore {

    /** A stored projection and when it was computed. */
    public record Stored(Projection projection, Instant computedAt) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public ProjectionStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void save(Projection projection, Instant computedAt) {
        String body;
        try {
            body = json.writeValueAsString(projection);
        } catch (IOException e) {
            throw new MatchdayException("cannot write the projection: " + e.getMessage(), e);
        }
        // Several nodes may store the same division at once (the job triggered on each): the last write wins, none fails.
        Object[] values = {projection.season(), Date.valueOf(projection.asOf()), projection.model(), Timestamp.from(computedAt),
            body, projection.division()};
        if (update(values) == 0) {
            try {
                jdbc.update("insert into projections (season, as_of, model, computed_at, body, division) values (?, ?, ?, ?, ?, ?)",
                        values);
            } catch (org.springframework.dao.DuplicateKeyException insertedMeanwhile) {
                update(values);
            }
        }
    }

    private int update(Object[] values) {
        return jdbc.update("update projections set season = ?, as_of = ?, model = ?, computed_at = ?, body = ? where division = ?",
                values);
    }

    public Optional<Stored> latest(Division division) {
        List<Stored> rows = jdbc.query("select body, computed_at from projections where division = ?", (rs, i) -> {
            try {
                return new Stored(json.readValue(rs.getString(1), Projection.class), rs.getTimestamp(2).toInstant());
            } catch (IOException e) {
                throw new MatchdayException("stored projection of " + division + " is unreadable: " + e.getMessage(), e);
            }
        }, division.code());
        return rows.stream().findFirst();
    }

    /** Divisions with a stored projection, by code. */
    public List<String> divisions() {
        return jdbc.queryForList("select division from projections order by division", String.class);
    }
}
