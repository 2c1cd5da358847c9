/**
 * The console at {@code /}, a module of the service ({@link io.matchday.web.ConsoleModule}): what every page shares —
 * the renderer of {@link io.matchday.web.View} records and their {@link io.matchday.web.Page} frame, security,
 * error pages, form errors — with one sub-package per section, each holding its controller and page records.
 * Pages read through {@code serving} and act through {@code serving} and {@code work}, as the API does.
 */
package io.matchday.web;
