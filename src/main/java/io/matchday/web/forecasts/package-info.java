/**
 * The console's Forecasts section: upcoming fixtures and stored match weeks with the champion's forecasts beside the
 * market, one fixture in detail with its score grid, and an ad-hoc forecast checked exactly as the API checks it.
 */
package io.matchday.web.forecasts;
