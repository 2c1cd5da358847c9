package io.matchday.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Which football factor a model input belongs to, so that every model explains itself in the same few terms. */
final class FactorGroups {

    static final String HOME_ATTACK = "home attack";
    static final String HOME_DEFENCE = "home defence";
    static final String AWAY_ATTACK = "away attack";
    static final String AWAY_DEFENCE = "away defence";
    static final String HOME_ATTACK_V_AWAY_DEFENCE = "home attack v away defence";
    static final String AWAY_ATTACK_V_HOME_DEFENCE = "away attack v home defence";
    static final String SHOTS = "shots";
    static final String FORM = "ratings and form";
    static final String HOME_ADVANTAGE = "home advantage";
    static final String MARKET = "market";

    private FactorGroups() {
    }

    /** The factor of a feature, by its name (see {@code FeatureBuilder}, {@code GapConfig}, {@code StateSpaceConfig}). */
    static String of(String feature) {
        String f = feature.toLowerCase(Locale.ROOT);
        if (f.startsWith("market_")) {
            return MARKET;
        }
        if (f.startsWith("gap_") || f.startsWith("ss_")) {
            // a side's expected count in this fixture, from its attack and the other's defence
            if (f.contains("_goals_")) {
                return f.endsWith("_home") ? HOME_ATTACK_V_AWAY_DEFENCE : AWAY_ATTACK_V_HOME_DEFENCE;
            }
            return SHOTS;
        }
        for (String side : new String[]{"home", "away"}) {
            if (f.equals(side + "_gf") || f.equals(side + "_sf") || f.equals(side + "_stf") || f.equals(side + "_corners")) {
                return side.equals("home") ? HOME_ATTACK : AWAY_ATTACK;
            }
            if (f.equals(side + "_ga") || f.equals(side + "_sa") || f.equals(side + "_sta")) {
                return side.equals("home") ? HOME_DEFENCE : AWAY_DEFENCE;
            }
        }
        return FORM;
    }

    /**
     * Logits made of a baseline and one additive part per factor group, explained through the softmax: exact
     * Shapley values of the groups on the probabilities. For the regressions and the trees alike.
     */
    static final class Logits {
        private final double[] base;
        private final List<String> groups = new ArrayList<>();
        private final List<double[]> parts = new ArrayList<>();

        Logits(double[] base) {
            this.base = base.clone();
        }

        /** Adds {@code logits} to the group's part (created at first sight, in order). */
        void add(String group, double[] logits) {
            int g = groups.indexOf(group);
            if (g < 0) {
                groups.add(group);
                parts.add(new double[3]);
                g = groups.size() - 1;
            }
            for (int k = 0; k < 3; k++) {
                parts.get(g)[k] += logits[k];
            }
        }

        /** Moves logits out of the baseline into the parts' sum: what the baseline is, is what the parts leave of {@code total}. */
        void baselineFrom(double[] total) {
            for (int k = 0; k < 3; k++) {
                base[k] = total[k];
                for (double[] part : parts) {
                    base[k] -= part[k];
                }
            }
        }

        Explanation explain() {
            double[][] phi = Shapley.values(groups.size(), mask -> {
                double[] logits = base.clone();
                for (int g = 0; g < parts.size(); g++) {
                    if ((mask & (1 << g)) != 0) {
                        for (int k = 0; k < 3; k++) {
                            logits[k] += parts.get(g)[k];
                        }
                    }
                }
                return SoftmaxRegression.softmax(logits);
            });
            return explanation(groups, phi);
        }
    }

    /** One row of Shapley values (home, draw, away, and over 2.5 when there) as a named share. */
    static Explanation.Share share(String name, double[] v) {
        return new Explanation.Share(name, v[0], v[1], v[2], v.length > 3 ? v[3] : null);
    }

    /** Shapley rows (baseline first) as an explanation with the groups' names. */
    static Explanation explanation(List<String> groups, double[][] phi) {
        List<Explanation.Share> factors = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            factors.add(share(groups.get(g), phi[g + 1]));
        }
        return new Explanation(share("baseline", phi[0]), factors, List.of());
    }
}
