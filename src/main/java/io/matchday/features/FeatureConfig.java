package io.matchday.features;

import io.matchday.Hyperparameters;

/**
 * What the feature builder computes.
 *
 * @param formDecay weight of the newest match in the exponentially weighted form averages
 * @param marketProbabilities add the de-vigged pre-closing market probabilities as features
 * @param marketMethod how the margin is removed from those prices
 */
public record FeatureConfig(EloConfig elo, PiConfig pi, double formDecay, boolean marketProbabilities,
                            MarginRemoval marketMethod) {

    public static final double DEFAULT_FORM_DECAY = Hyperparameters.defaults().number("features.form_decay");

    public static final FeatureConfig WITHOUT_PRICES =
            new FeatureConfig(EloConfig.DEFAULT, PiConfig.DEFAULT, DEFAULT_FORM_DECAY, false, MarginRemoval.SHIN);
    public static final FeatureConfig WITH_PRICES =
            new FeatureConfig(EloConfig.DEFAULT, PiConfig.DEFAULT, DEFAULT_FORM_DECAY, true, MarginRemoval.SHIN);
}
