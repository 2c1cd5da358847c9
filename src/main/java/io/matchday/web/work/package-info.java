/** Background work in the console: the progress card htmx polls, the page that follows work to its end, cancelling it. */
package io.matchday.web.work;
