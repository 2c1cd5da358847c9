/**
 * Operations: the recurring jobs (refresh-data, predict-upcoming, monitor, retraining-check) of
 * {@link io.matchday.jobs.Operations} on a cluster-safe scheduler that keeps its executions in the shared database
 * ({@link io.matchday.jobs.JobScheduler}, on db-scheduler; it also runs background work as one-time executions),
 * their history, and the automated retraining pipeline with its triggers ({@link io.matchday.jobs.RetrainingPipeline}).
 */
package io.matchday.jobs;
