/**
 * What a serving node answers from: the champions it serves (hot-swapped when their alias moves), the teams it
 * resolves names against, the {@link io.matchday.serving.ForecastService} every forecast goes through,
 * {@link io.matchday.serving.ModelAdmin} for promotions and rollbacks, and the read models the API and the console
 * share — {@link io.matchday.serving.Catalog}, {@link io.matchday.serving.FixtureForecasts},
 * {@link io.matchday.serving.MatchData}, {@link io.matchday.serving.LedgerViews},
 * {@link io.matchday.serving.RetrainingViews}, {@link io.matchday.serving.JobBoard},
 * {@link io.matchday.serving.MonitoringViews}, {@link io.matchday.serving.RegistryViews},
 * {@link io.matchday.serving.RunViews}. {@link io.matchday.serving.Serving} builds them. Nothing here knows HTTP: a bad
 * request is a {@link io.matchday.Refusal}, which the edges turn into problem JSON or a page.
 */
package io.matchday.serving;
