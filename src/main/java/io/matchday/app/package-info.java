/**
 * The composition root: {@link io.matchday.app.Matchday} builds every component of Matchday from one
 * {@link io.matchday.app.Matchday.Settings} — the CLI, the service (which registers each of its accessors as a
 * Spring bean) and a season replay's private pipeline all run the same graph with the same defaults.
 */
package io.matchday.app;
