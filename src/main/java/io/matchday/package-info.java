/**
 * Matchday: football match forecasts and the machine-learning life cycle around them.
 *
 * <p>The root package holds only what every capability shares: where state lives
 * ({@link io.matchday.MatchdaySettings}), time-ordered ids ({@link io.matchday.Ids}), named points at which crash
 * tests halt a process ({@link io.matchday.KillPoints}), and the error family — {@link io.matchday.MatchdayException}
 * and the refusals a request can meet ({@link io.matchday.Refusal}: invalid input, not found, conflict). Capabilities
 * live in sub-packages and depend inward; {@code docs/architecture.md} draws them and {@code ArchitectureTest}
 * holds them.
 */
package io.matchday;
