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
}
