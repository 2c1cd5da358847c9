/** The console's Data section: seasons per division, the quarantine, field issues, teams with their spellings, and ingests. */
package io.matchday.web.data;
