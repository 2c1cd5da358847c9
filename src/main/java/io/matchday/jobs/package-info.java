/**
 * Operations: the recurring jobs (refresh-data, predict-upcoming, monitor, retraining-check) on a
 * cluster-safe scheduler that keeps its executions in the shared database (db-scheduler), their
 * history, and the automated retraining pipeline with its triggers.
 */
package io.matchday.jobs;
