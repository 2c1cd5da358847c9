/** The console's Table section: each division's season projected to its final table, as a position heat map. */
package io.matchday.web.tables;
