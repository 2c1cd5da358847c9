/**
 * What happens to forecasts after they are served: the prediction ledger
 * ({@link io.matchday.ledger.LedgerStore}), read back by performance and drift monitoring.
 */
package io.matchday.monitoring;
