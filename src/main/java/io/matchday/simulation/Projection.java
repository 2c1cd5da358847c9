package io.matchday.simulation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.List;

/**
 * A season projected to its final table: the table as it stood at the end of {@code asOf}, and the rest of the season
 * simulated {@code simulations} times from a model's score grids, a fresh draw of its parameters for each simulation.
 * Teams in order of expected points.
 *
 * @param remaining fixtures simulated: every home-and-away pair not yet played
 * @param relegationPlaces sides relegated directly in this division
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Projection(String division, String season, LocalDate asOf, int simulations, String model, int remaining,
                         int relegationPlaces, List<TeamProjection> teams) {

    /**
     * One side: the table now and what the simulations make of the rest.
     *
     * @param positions probability of each final position, first place first
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TeamProjection(String team, int played, int pointsNow, int goalDifferenceNow, int goalsForNow,
                                 double expectedPoints, double pTitle, double pTop4, double pRelegation, double[] positions) {
    }

    public Projection {
        teams = List.copyOf(teams);
    }

    /**
     * The projection as a table, one row per side in order of expected points: the projection's identity repeated on
     * each row (so tables of several divisions or days stack), the table now, the chances, and {@code p_1}…{@code p_N}
     * the probability of each final place.
     */
    public io.matchday.tabular.ParquetTable<TeamProjection> table(java.time.Instant computedAt) {
        io.matchday.tabular.ParquetTable.Builder<TeamProjection> b = io.matchday.tabular.ParquetTable.<TeamProjection>named("projection")
                .text("division", t -> division).text("season", t -> season).date("as_of", t -> asOf)
                .timestamp("computed_at", t -> computedAt).text("model", t -> model).integer("simulations", t -> simulations)
                .text("team", TeamProjection::team).integer("played", TeamProjection::played)
                .integer("points_now", TeamProjection::pointsNow).integer("goal_difference_now", TeamProjection::goalDifferenceNow)
                .integer("goals_for_now", TeamProjection::goalsForNow).real("expected_points", TeamProjection::expectedPoints)
                .real("p_title", TeamProjection::pTitle).real("p_top4", TeamProjection::pTop4)
                .real("p_relegation", TeamProjection::pRelegation);
        for (int place = 0; place < teams.size(); place++) {
            int at = place;
            b.real("p_" + (place + 1), t -> t.positions()[at]);
        }
        return b.build();
    }
}
