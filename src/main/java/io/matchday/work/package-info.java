/**
 * Long work started by a person or a client — a season replay, a backtest, an ingest, a retraining — run in the
 * background on the cluster's shared scheduler. The public face is {@link io.matchday.work.BackgroundWork} (submit,
 * follow, read the result, cancel) with its {@link io.matchday.work.WorkRequest}s; {@link io.matchday.work.SharedWork}
 * builds it. Behind it, one planner per kind checks a request and plans it, a store keeps every piece of work as a row
 * of the shared database, and the execution runs it on whichever node's scheduler picks it.
 */
package io.matchday.work;
