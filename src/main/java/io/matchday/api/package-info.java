/**
 * The forecasting service ({@code matchday serve}): Spring Boot MVC under {@code /api/v1} with
 * OpenAPI, RFC 7807 problems, an asynchronous prediction ledger with a local spool, champions
 * hot-swapped when their alias moves, and Prometheus metrics. {@link io.matchday.api.MatchdayServer}
 * is the one entry point.
 */
package io.matchday.api;
