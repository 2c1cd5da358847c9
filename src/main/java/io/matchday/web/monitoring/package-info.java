/** The console's Monitoring section: a champion's latest drift with histograms, rolling performance against the market, alerts. */
package io.matchday.web.monitoring;
