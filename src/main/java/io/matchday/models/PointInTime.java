package io.matchday.models;

import io.matchday.MatchdayException;
import io.matchday.data.Fixture;
import io.matchday.data.Match;

/**
 * What a model may see of a match when it forecasts it — the one rule the backtest, the season
 * replay, monitoring and the console all use for stored matches:
 * <ul>
 *   <li>teams, date and the season of the match's file; never its result or statistics (a
 *       {@link Fixture} carries none);</li>
 *   <li>the prices quoted before kick-off; closing prices are known only at kick-off, so no model
 *       sees them — except a closing-price benchmark ({@code market}) while it scores matches after
 *       the fact, which is what it is for. Nothing may act on (bet on) such a forecast.</li>
 * </ul>
 * Prices a client quotes for a match that has not started (API, CLI) are the latest there are,
 * see {@link io.matchday.data.Odds#quotedNow}.
 */
public final class PointInTime {

    private PointInTime() {
    }

    /** The match as it stood before kick-off: what any model forecasting it may see. */
    public static Fixture beforeKickOff(Match match) {
        return match.fixture().withoutClosing();
    }

    /**
     * The match as {@code trainer}'s models see it when scored after the fact (walk-forward backtest,
     * replay): before kick-off, or with closing prices for a closing-price benchmark.
     */
    public static Fixture forScoring(Match match, Trainer trainer) {
        return trainer.readsClosingPrices() ? forBenchmark(match) : beforeKickOff(match);
    }

    /** The closing-market benchmark's view, closing prices included: for scoring settled matches only. */
    public static Fixture forBenchmark(Match match) {
        return match.fixture();
    }

    /**
     * Refuses a closing-price model where its forecasts are acted on before kick-off (bets struck at
     * pre-closing prices): its edge would come from prices nobody had yet.
     */
    public static void requireKnownBeforeKickOff(Trainer trainer, String use) {
        if (trainer.readsClosingPrices()) {
            throw new MatchdayException("model " + trainer.name() + " forecasts from closing prices, which are known "
                    + "only at kick-off, so it cannot " + use + "; use market-open (the de-vigged pre-closing market)");
        }
    }
}
