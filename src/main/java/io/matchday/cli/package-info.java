/**
 * The {@code matchday} command line ({@link io.matchday.cli.MatchdayCommand}): one picocli class per verb, each
 * mapping its options onto the same settings and services the API and the jobs use, on the composition root.
 * Errors print one line and exit non-zero.
 */
package io.matchday.cli;
