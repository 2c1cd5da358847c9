package io.matchday.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * One replayed match week: its forecasts, scores, bets and bankroll, whether the model was retrained
 * before it and, on trigger, the retraining run (status and triggers).
 */
public record WeekResult(@JsonProperty("week") LocalDate weekStart, int matches,
                         @JsonProperty("rps") double rps, @JsonProperty("market_rps") Double marketRps,
                         @JsonProperty("cumulative_rps") double cumulativeRps,
                         @JsonProperty("cumulative_market_rps") Double cumulativeMarketRps,
                         int bets, double profit, double bankroll, boolean retrained,
                         @JsonProperty("retraining") String retraining,
                         @JsonProperty("trained_through") LocalDate trainedThrough, List<ForecastRow> forecasts) {

    /** One match of the week: the model's and the market's probabilities (home, draw, away), the result, the bet. */
    public record ForecastRow(LocalDate date, String home, String away, double[] model, double[] market,
                              String result, String bet, Double price, Double stake, Double profit) {
    }
}
