/**
 * The one template engine of every console page and report ({@link io.matchday.reports.Templates}: jte, compiled with
 * the build), the chart specifications pages and reports draw with Chart.js ({@link io.matchday.reports.Charts}),
 * the number formats they share ({@link io.matchday.reports.Fmt}), and the self-contained HTML reports — backtest,
 * league panel, monitoring run, season replay, model card — that the CLI writes, the API serves and backtest runs keep
 * as artifacts ({@link io.matchday.reports.Reports}).
 */
package io.matchday.reports;
