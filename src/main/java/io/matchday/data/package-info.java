/**
 * The match database: football-data.co.uk files fetched ({@link io.matchday.data.FootballDataClient}),
 * parsed and validated (bad rows quarantined with a reason), and upserted idempotently
 * ({@link io.matchday.data.IngestService}); read back through {@link io.matchday.data.MatchRepository}.
 * Owns the domain vocabulary: {@link io.matchday.data.Match}, {@link io.matchday.data.Team},
 * {@link io.matchday.data.Season}, {@link io.matchday.data.Odds}, and the one team-name
 * canonicaliser, {@link io.matchday.data.TeamNames}.
 */
package io.matchday.data;
