/** The console's Runs section: tracked runs with filters and headlines, one run with its weekly charts and artifacts, comparisons, starting a backtest. */
package io.matchday.web.runs;
