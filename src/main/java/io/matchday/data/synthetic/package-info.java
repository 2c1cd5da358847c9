/**
 * Synthetic leagues whose truth is known ({@link io.matchday.data.synthetic.SyntheticLeague}): hidden strengths,
 * Poisson goals, statistics and bookmakers' prices, written in football-data.co.uk's exact format and layout with
 * the strengths and each match's true probabilities beside them — for tests and model checks.
 */
package io.matchday.data.synthetic;
