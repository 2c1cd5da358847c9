/**
 * Lineage: runs with their parameters, metrics and artifacts ({@link io.matchday.registry.RunTracker}),
 * and the content-addressed, atomically written artifact store ({@link io.matchday.registry.ArtifactStore}).
 * Registered models, aliases and the promotion gate build on these.
 */
package io.matchday.registry;
