/** The console's Ledger section: every forecast served, filtered by team, model and match dates, with outcomes; as CSV too. */
package io.matchday.web.ledger;
