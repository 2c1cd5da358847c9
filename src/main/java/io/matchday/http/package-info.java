/**
 * The HTTP edge, and the only place that knows HTTP: the forecasting service ({@code matchday serve}) on Spring Boot
 * MVC — REST under {@code /api/v1} with OpenAPI, the reference system's API at its own paths, admin keys and the
 * filters that guard bodies and answers, and RFC 7807 problem JSON for every error (a service's
 * {@link io.matchday.Refusal} mapped by its kind). {@link io.matchday.http.MatchdayServer} starts it; its
 * configuration builds the composition root and registers each component the root builds as a bean.
 */
package io.matchday.http;
