/** The console's Challengers section: versions shadowing their champions, their live comparison, and the actions on them. */
package io.matchday.web.challengers;
