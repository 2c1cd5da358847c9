/** The console's Jobs section: the recurring jobs and their history, each division's retraining triggers and runs, running either now. */
package io.matchday.web.jobs;
