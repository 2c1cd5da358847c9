package io.matchday.simulation;

import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.data.SeasonRange;
import java.util.Locale;

/**
 * A replay: which seasons of which division, the model kind, when to retrain, how to bet.
 *
 * @param valueThreshold least expected value (p × price − 1) for a value bet
 * @param margin         bookmaker margin of generated prices, for matches without real ones
 * @param noise          standard deviation of the log-odds noise on generated prices
 * @param challenger     a model kind that shadows the replayed champion and is judged against it as a live
 *                       challenger would be (null for none)
 */
public record SimulationConfig(Division division, SeasonRange seasons, String model, Retrain retrain, Strategy strategy,
                               Staking staking, double valueThreshold, double bankroll, double margin, double noise,
                               long seed, String challenger) {

    /** A replay without a challenger. */
    public SimulationConfig(Division division, SeasonRange seasons, String model, Retrain retrain, Strategy strategy,
                            Staking staking, double valueThreshold, double bankroll, double margin, double noise, long seed) {
        this(division, seasons, model, retrain, strategy, staking, valueThreshold, bankroll, margin, noise, seed, null);
    }

    /** The same replay with {@code trainer} shadowing its champion. */
    public SimulationConfig withChallenger(String trainer) {
        return new SimulationConfig(division, seasons, model, retrain, strategy, staking, valueThreshold, bankroll, margin,
                noise, seed, trainer);
    }

    /** The defaults of every replay, from the CLI, the API and the console alike. */
    public static final String DEFAULT_MODEL = "dixon-coles";
    public static final String DEFAULT_RETRAIN = "weekly";
    public static final String DEFAULT_STRATEGY = "value";
    public static final String DEFAULT_STAKE = "flat:1";
    public static final double DEFAULT_VALUE_THRESHOLD = 0.05;
    public static final double DEFAULT_BANKROLL = 100;
    public static final double DEFAULT_MARGIN = 0.05;
    public static final double DEFAULT_NOISE = 0.1;
    public static final long DEFAULT_SEED = 20240611L;

    /** When the replay refits the model. */
    public enum Retrain {
        NEVER, WEEKLY, ON_TRIGGER;

        public static Retrain parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new MatchdayException("retrain must be never, weekly or on-trigger, got '" + text + "'");
            }
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public SimulationConfig {
        if (seasons.isAll()) {
            throw new MatchdayException("name the seasons to replay, e.g. 2023-24 or 2019-20..2023-24");
        }
        if (!(bankroll > 0)) {
            throw new MatchdayException("the bankroll must be positive");
        }
    }
}
