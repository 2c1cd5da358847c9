package io.matchday.features;


/**
 * Pi-ratings (Constantinou &amp; Fenton 2013): each team has a home and an away rating, in goals.
 *
 * @param learningRate λ, how far one match's error moves the rating of the venue it was played at
 * @param crossLearning γ, the share of that change passed to the team's other venue rating
 */
public record PiConfig(double learningRate, double crossLearning) {

    /** The paper's values, from {@code hyperparameters.properties}. */
    public static final PiConfig DEFAULT = new PiConfig(Hyperparameters.defaults().number("pi.learning_rate"),
            Hyperparameters.defaults().number("pi.cross_learning"));
}
