/**
 * How good forecasts are: proper scoring rules ({@link io.matchday.evaluation.ScoringRule}),
 * their means with calibration ({@link io.matchday.evaluation.Evaluation}), paired bootstrap
 * intervals of differences ({@link io.matchday.evaluation.PairedBootstrap}), and the walk-forward
 * backtest that produces forecasts honestly, week by week.
 */
package io.matchday.evaluation;
