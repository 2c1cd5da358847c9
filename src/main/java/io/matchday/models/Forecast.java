package io.matchday.models;

import io.matchday.MatchdayException;
import io.matchday.data.Fixture;
import java.util.Optional;

/**
 * A model's forecast for one fixture: outcome probabilities that sum to one, and — where the
 * model has them — expected goals and the scoreline grid every goal market derives from.
 */
public record Forecast(String model, Fixture fixture, double home, double draw, double away,
                       Double expectedHomeGoals, Double expectedAwayGoals, ScoreGrid grid) {

    public static final double TOLERANCE = 1e-9;

    public Forecast {
        double sum = home + draw + away;
        if (!Double.isFinite(sum) || home < 0 || draw < 0 || away < 0 || Math.abs(sum - 1) > TOLERANCE) {
            throw new MatchdayException("model " + model + " produced invalid probabilities " + home + "/" + draw
                    + "/" + away + " for " + fixture);
        }
    }

    public static Forecast of(String model, Fixture fixture, double[] p) {
        return new Forecast(model, fixture, p[0], p[1], p[2], null, null, null);
    }

    public static Forecast of(String model, Fixture fixture, ScoreGrid grid) {
        double[] p = grid.outcomeProbabilities();
        return new Forecast(model, fixture, p[0], p[1], p[2], grid.expectedHomeGoals(), grid.expectedAwayGoals(), grid);
    }

    public double[] probabilities() {
        return new double[]{home, draw, away};
    }

    public Optional<ScoreGrid> scoreGrid() {
        return Optional.ofNullable(grid);
    }
}
