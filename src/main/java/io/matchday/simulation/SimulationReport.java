package io.matchday.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A whole replay: the headline numbers first, then the betting summary, then every week. */
@JsonPropertyOrder({"division", "seasons", "model", "retrain", "strategy", "stake", "seed", "matches", "rps", "market_rps",
    "roi", "max_drawdown", "retrains", "betting", "weeks"})
public record SimulationReport(String division, String seasons, String model, String retrain, String strategy,
                               @JsonProperty("stake") String stake, long seed, int matches,
                               @JsonProperty("rps") double rps, @JsonProperty("market_rps") Double marketRps,
                               @JsonProperty("roi") double roi, @JsonProperty("max_drawdown") double maxDrawdown,
                               @JsonProperty("retrains") int retrains, BettingSummary betting, List<WeekResult> weeks) {
}
