package io.matchday.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a forecast is what it is, additively: the division's average fixture (the baseline) plus one
 * share per factor in football terms equals the forecast exactly. For goal models the shares are exact
 * Shapley values over a handful of parameter groups, for pools each member's shares weighted by its
 * weight, for boosted trees XGBoost's own contributions to its correction of the market.
 *
 * @param baseline what the model forecasts for the division's average fixture
 * @param factors shares that add the fixture's particulars to the baseline, in a fixed order
 * @param members for a pool, each member's own explanation and weight; empty otherwise
 */
public record Explanation(Share baseline, List<Share> factors, List<Member> members) {

    /**
     * Probabilities (baseline) or changes to them (factors). {@code over} is the over 2.5 goals probability (or
     * its change), present only when every part comes from a score grid.
     */
    public record Share(String name, double home, double draw, double away, Double over) {
        Share plus(Share other, double weight) {
            Double o = over == null || other.over == null ? null : over + weight * other.over;
            return new Share(name, home + weight * other.home, draw + weight * other.draw, away + weight * other.away, o);
        }

        Share scaled(double weight) {
            return new Share(name, weight * home, weight * draw, weight * away, over == null ? null : weight * over);
        }

        Share withoutOver() {
            return new Share(name, home, draw, away, null);
        }
    }

    /** A pool member, its weight in the pool, and its own explanation. */
    public record Member(String model, double weight, Explanation explanation) {
    }

    public Explanation {
        factors = List.copyOf(factors);
        members = List.copyOf(members);
    }

    /** Baseline plus every factor: the forecast it explains. */
    public Share total() {
        Share sum = baseline;
        for (Share f : factors) {
            sum = sum.plus(f, 1);
        }
        return new Share("total", sum.home, sum.draw, sum.away, sum.over);
    }

    /** A pool's explanation: each member's baseline and factors weighted, factors of one name summed, first seen first. */
    static Explanation pool(List<String> names, double[] weights, List<Explanation> explanations) {
        boolean over = explanations.stream().allMatch(e -> e.baseline().over() != null);
        Share baseline = new Share("baseline", 0, 0, 0, over ? 0.0 : null);
        Map<String, Share> factors = new LinkedHashMap<>();
        List<Member> members = new ArrayList<>();
        for (int k = 0; k < explanations.size(); k++) {
            Explanation e = over ? explanations.get(k) : explanations.get(k).withoutOver();
            baseline = baseline.plus(e.baseline(), weights[k]);
            for (Share f : e.factors()) {
                Share weighted = f.scaled(weights[k]);
                factors.merge(f.name(), weighted, (a, b) -> a.plus(b, 1));
            }
            members.add(new Member(names.get(k), weights[k], explanations.get(k)));
        }
        return new Explanation(baseline, List.copyOf(factors.values()), members);
    }

    private Explanation withoutOver() {
        return new Explanation(baseline.withoutOver(), factors.stream().map(Share::withoutOver).toList(), members);
    }
}
