package io.matchday.serving;

import io.matchday.InvalidInputException;
import io.matchday.MatchdayException;
import io.matchday.NotFoundException;
import io.matchday.data.Division;
import io.matchday.simulation.ProjectionStore;
import io.matchday.simulation.Projections;
import java.util.List;
import java.util.Map;

/** The season projections the predict-upcoming job stored, for the API and the console's Table pages. */
public final class ProjectionViews {

    private final Projections projections;

    ProjectionViews(Projections projections) {
        this.projections = projections;
    }

    /** The latest projection of a division; a bad code is invalid input, a division never projected is not found. */
    public ProjectionStore.Stored latest(String division) {
        Division d;
        try {
            d = Division.of(division);
        } catch (MatchdayException e) {
            throw InvalidInputException.of("/division", e.getMessage());
        }
        return projections.latest(d).orElseThrow(() -> new NotFoundException("no-projection", "No projection",
                "no projection of " + d + " yet: the predict-upcoming job projects every division with a champion "
                        + "(or run 'matchday project -d " + d + "')", List.of(), Map.of()));
    }

    /** Divisions with a stored projection. */
    public List<String> divisions() {
        return projections.divisions();
    }
}
