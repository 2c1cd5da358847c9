/**
 * Season replays and betting: {@link io.matchday.simulation.SeasonSimulation} replays seasons week by week through
 * the same training windows and forecasts as the walk-forward backtest, bets, and reports as JSON; a replay that
 * retrains on trigger runs the production pipeline on a private copy the composition root builds
 * ({@link io.matchday.simulation.ReplayPipeline}).
 */
package io.matchday.simulation;
