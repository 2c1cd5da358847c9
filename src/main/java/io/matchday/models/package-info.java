/**
 * The model zoo in one shape: a {@link io.matchday.models.Trainer} turns a training window into a
 * {@link io.matchday.models.Model}, a model turns a fixture into a {@link io.matchday.models.Forecast}, and every
 * model carries its {@link io.matchday.models.ModelProvenance}. {@link io.matchday.models.ModelZoo} names them,
 * {@link io.matchday.models.PointInTime} decides what a model may see of a match, and
 * {@link io.matchday.models.ModelCodec} saves and reloads them bit for bit.
 */
package io.matchday.models;
