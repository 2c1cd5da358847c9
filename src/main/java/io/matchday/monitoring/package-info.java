/**
 * Whether the champions still work: drift of the features and the predictions against a season-aware reference,
 * rolling performance against the market, data quality, and the alerts they raise
 * ({@link io.matchday.monitoring.MonitoringService}, {@link io.matchday.monitoring.AlertStore}).
 */
package io.matchday.monitoring;
