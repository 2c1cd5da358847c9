/**
 * What happens to forecasts after they are served: the prediction ledger
 * ({@link io.matchday.monitoring.PredictionLedgerStore}), read back by performance and drift monitoring.
 */
package io.matchday.monitoring;
