/**
 * Point-in-time features: {@link io.matchday.features.FeatureBuilder} replays history by date, so each match's
 * features come from the state before its day — Elo, pi-ratings, GAP ratings, state-space strengths, form, rest,
 * promotion, the market — with margin removal ({@link io.matchday.features.MarginRemoval}) and the tuned defaults
 * every model and feature starts from ({@link io.matchday.features.Hyperparameters}).
 */
package io.matchday.features;
