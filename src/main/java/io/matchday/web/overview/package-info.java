/** The console's overview at {@code /}: health, each division's champion beside the market, alerts, jobs, recent work. */
package io.matchday.web.overview;
