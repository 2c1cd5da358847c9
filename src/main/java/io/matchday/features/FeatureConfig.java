package io.matchday.features;


/**
 * What the feature builder computes.
 *
 * @param formDecay weight of the newest match in the exponentially weighted form averages
 * @param marketProbabilities add the de-vigged pre-closing market probabilities as features
 * @param marketMethod how the margin is removed from those prices
 * @param gap GAP ratings on goals, shots, shots on target and corners as features, or null for none
 * @param stateSpace filtered state-space strengths on goals and shots on target as features, or null for none
 */
public record FeatureConfig(EloConfig elo, PiConfig pi, double formDecay, boolean marketProbabilities,
                            MarginRemoval marketMethod,
                            // Saved only when set, so the artifacts of models without GAP ratings stay as they were.
                            @com.fasterxml.jackson.annotation.JsonInclude(
                                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) GapConfig gap,
                            @com.fasterxml.jackson.annotation.JsonInclude(
                                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) StateSpaceConfig stateSpace) {

    /** Without GAP ratings or state-space strengths: the feature set the models had before them. */
    public FeatureConfig(EloConfig elo, PiConfig pi, double formDecay, boolean marketProbabilities, MarginRemoval marketMethod) {
        this(elo, pi, formDecay, marketProbabilities, marketMethod, null, null);
    }

    /** The same features with GAP ratings added ({@code gap} non-null) or removed. */
    public FeatureConfig withGap(GapConfig gap) {
        return new FeatureConfig(elo, pi, formDecay, marketProbabilities, marketMethod, gap, stateSpace);
    }

    /** The same features with state-space strengths added ({@code stateSpace} non-null) or removed. */
    public FeatureConfig withStateSpace(StateSpaceConfig stateSpace) {
        return new FeatureConfig(elo, pi, formDecay, marketProbabilities, marketMethod, gap, stateSpace);
    }

    /** The same features with the Elo ratings computed by {@code elo}. */
    public FeatureConfig withElo(EloConfig elo) {
        return new FeatureConfig(elo, pi, formDecay, marketProbabilities, marketMethod, gap, stateSpace);
    }

    public static final double DEFAULT_FORM_DECAY = Hyperparameters.defaults().number("features.form_decay");

    public static final FeatureConfig WITHOUT_PRICES =
            new FeatureConfig(EloConfig.DEFAULT, PiConfig.DEFAULT, DEFAULT_FORM_DECAY, false, MarginRemoval.SHIN);
    /**
     * What the price-free feature models replay: the features without prices, the GAP ratings and the state-space
     * strengths. Each model picks its columns, so elo, pi-ratings, logistic, gap, state-space and seed-rf share one
     * replay per window.
     */
    public static final FeatureConfig PRICE_FREE_MODELS = WITHOUT_PRICES.withGap(GapConfig.DEFAULT)
            .withStateSpace(StateSpaceConfig.DEFAULT);
    public static final FeatureConfig WITH_PRICES =
            new FeatureConfig(EloConfig.DEFAULT, PiConfig.DEFAULT, DEFAULT_FORM_DECAY, true, MarginRemoval.SHIN);
}
