/** The console's Replays section: start a season replay, follow it week by week, read its report. */
package io.matchday.web.replays;
