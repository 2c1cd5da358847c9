/**
 * Lineage: runs with their parameters, metrics and artifacts ({@link io.matchday.registry.RunTracker}), the
 * content-addressed, atomically written artifact store ({@link io.matchday.registry.ArtifactStore}), registered
 * models with champion and challenger aliases ({@link io.matchday.registry.ModelRegistry}), and training, gating and
 * promotion as the CLI, the API and the jobs share them ({@link io.matchday.registry.ModelTraining}).
 */
package io.matchday.registry;
