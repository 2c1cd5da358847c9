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

    /** Shapley rows (baseline first) as an explanation with the groups' names. */
    static Explanation explanation(List<String> groups, double[][] phi) {
        List<Explanation.Share> factors = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            factors.add(DixonColesModel.share(groups.get(g), phi[g + 1]));
        }
        return new Explanation(DixonColesModel.share("baseline", phi[0]), factors, List.of());
    }
}
