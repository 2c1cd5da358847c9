/**
 * Season replays and betting: {@link io.matchday.simulation.SeasonSimulation} replays seasons week
 * by week through the same training windows and forecasts as the walk-forward backtest, bets with a
 * {@link io.matchday.simulation.BettingBook}, and reports as JSON and HTML.
 */
package io.matchday.simulation;
