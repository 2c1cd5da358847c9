package io.matchday.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A whole replay: the headline numbers first, then the betting summary, then every week. */
@JsonPropertyOrder({"division", "seasons", "model", "retrain", "strategy", "stake", "seed", "matches", "rps", "market_rps",
    "roi", "max_drawdown", "retrains", "challenger", "betting", "weeks"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record SimulationReport(String division, String seasons, String model, String retrain, String strategy,
                               @JsonProperty("stake") String stake, long seed, int matches,
                               @JsonProperty("rps") double rps, @JsonProperty("market_rps") Double marketRps,
                               @JsonProperty("roi") double roi, @JsonProperty("max_drawdown") double maxDrawdown,
                               @JsonProperty("retrains") int retrains, ChallengerOutcome challenger, BettingSummary betting,
                               List<WeekResult> weeks) {

    /**
     * How a challenger shadowing the replayed champion fared, judged as a live challenger is: one paired RPS difference
     * per match both forecast, fed in match order to the anytime-valid comparison; {@code promotedOn} is the day of the
     * match after which it first decided promote (the replay's champion is not replaced: this says when it would be).
     */
    @JsonPropertyOrder({"trainer", "promoted", "promoted_on", "settled", "mean_rps_difference", "sequence", "e_value", "decision"})
    public record ChallengerOutcome(String trainer, boolean promoted, @JsonProperty("promoted_on") java.time.LocalDate promotedOn,
                                    int settled, @JsonProperty("mean_rps_difference") Double meanRpsDifference,
                                    List<Double> sequence, @JsonProperty("e_value") double eValue, String decision) {
    }
}
